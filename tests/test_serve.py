"""`mkdocs serve` rebuilds once when a story file or a hand-written page changes, and only then (no second
build for the pages the generator wrote, no rebuild loop)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import yaml
from sitebuild import SEEDS, hand_written_docs, mkdocs_env, site_config

BUILD_LINE = "Building documentation"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(predicate, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.25)
    return False


def settled_build_count(log: Path, quiet: float = 5.0, limit: float = 60.0) -> int:
    """The number of builds in the log once no new one has started for `quiet` seconds."""
    deadline = time.monotonic() + limit
    count, since = log.read_text().count(BUILD_LINE), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = log.read_text().count(BUILD_LINE)
        if now != count:
            count, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return count
    raise AssertionError("mkdocs serve kept rebuilding:\n" + log.read_text()[-3000:])


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def test_serve_rebuilds_on_a_metadata_change_and_then_settles(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    hand_written_docs(tmp_path / "docs")
    config = site_config(tmp_path)
    port = free_port()
    log = tmp_path / "serve.log"
    env = mkdocs_env(seeds)
    with log.open("w") as out:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-f", str(config),
                                   "-a", f"127.0.0.1:{port}"], cwd=tmp_path, env=env, stdout=out, stderr=out)
    try:
        meta = sorted(p for p in seeds.glob("*.yml") if p.name not in {"story.yml", "knowledge.yml"})[0]
        slug = meta.stem
        base = urllib.parse.urlparse(yaml.safe_load(config.read_text())["site_url"]).path
        url = f"http://127.0.0.1:{port}{base}articles/{slug}/"
        assert wait_for(lambda: server.poll() is not None or "article-body" in fetch(url), 120)
        assert server.poll() is None, log.read_text()[-3000:]
        builds_before = settled_build_count(log)
        meta.write_text(meta.read_text().replace("outlet: ", "outlet: Zacharias Testwriter for ", 1))
        assert wait_for(lambda: "Zacharias Testwriter" in fetch(url), 60), log.read_text()[-3000:]
        builds_after = settled_build_count(log)  # a rebuild loop would never settle
        # One build for the edit: the pages it rewrote in docs/ are the generator's, and the hook's watch
        # of docs/ passes them over (MkDocs' own made a second whole build of every edit).
        assert builds_after - builds_before == 1, log.read_text()[-3000:]
        # A hand-written page of docs/ is still watched.
        about = tmp_path / "docs" / "about.md"
        about.write_text(about.read_text() + "\nA paragraph on lighthouses, written while serving.\n")
        assert wait_for(lambda: "lighthouses" in fetch(f"http://127.0.0.1:{port}{base}about/"), 60), \
            log.read_text()[-3000:]
        builds_after_about = settled_build_count(log)
        assert builds_after_about - builds_after == 1, log.read_text()[-3000:]
        # Each build indexed its pages for the search page.
        assert '"languages"' in fetch(f"http://127.0.0.1:{port}{base}pagefind/pagefind-entry.json")
        assert log.read_text().count("Pagefind indexed") == builds_after_about, log.read_text()[-3000:]
        assert "search index was not built" not in log.read_text()
    finally:
        server.terminate()
        server.wait(timeout=30)
