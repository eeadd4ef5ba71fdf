"""CONTRIBUTING.md's steps, followed literally on a copy of the story: the new article reaches the site."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from sitebuild import ROOT, SEEDS, build_site, texts_of

GUIDE = (ROOT / "CONTRIBUTING.md").read_text()
NEW_ARTICLE = """Harbour reopens after storm

By Ines Duarte, Coastal Courier

The harbour reopened on Tuesday after a storm closed it for three days, the port authority said.

"We expect normal traffic by the weekend," said port director Anton Verhoeven.
"""


def guide_command(prefix: str) -> list[str]:
    """The first command in the guide's code blocks that starts with `prefix`, joined across `\\`."""
    blocks = re.findall(r"```sh\n(.*?)```", GUIDE, flags=re.DOTALL)
    for block in blocks:
        joined = re.sub(r"\\\n\s*", " ", block)
        for line in joined.splitlines():
            if line.strip().startswith(prefix):
                return shlex.split(line.strip())
    raise AssertionError(f"CONTRIBUTING.md has no `{prefix}` command")


def run(command: list[str], seeds: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    if command[0] == "python":
        command = [sys.executable, *command[1:]]
    env = {"SEEDS_DIR": str(seeds), "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_the_guide_adds_checks_and_publishes_an_article(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    article = tmp_path / "path" / "to" / "article.txt"
    article.parent.mkdir(parents=True)
    article.write_text(NEW_ARTICLE)

    added = run(guide_command("python -m generator add"), seeds, tmp_path)
    assert added.returncode == 0, added.stderr
    new_files = sorted(set(p.name for p in seeds.iterdir()) - set(p.name for p in SEEDS.iterdir()))
    assert len(new_files) == 2 and new_files[0].endswith(".txt") and new_files[1].endswith(".yml")
    assert (seeds / new_files[0]).read_bytes() == article.read_bytes()

    checked = run(guide_command("python -m generator check"), seeds, tmp_path)
    assert checked.returncode == 0, checked.stderr

    built = build_site(tmp_path / "work", seeds)
    assert built.returncode == 0, built.stderr[-3000:]
    page = tmp_path / "work" / "site" / "articles" / Path(new_files[0]).stem / "index.html"
    paragraphs = texts_of(page.read_text(), "para")
    assert any("The harbour reopened on Tuesday" in p for p in paragraphs)
