"""Build the site the way a contributor does (`mkdocs build --strict`), in a temporary folder.

The repository's mkdocs.yml is copied with its paths made absolute, and the hand-written docs are
copied beside the generated ones, so that a test never writes into the working tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXED_EPOCH = "1675209600"  # builds in tests are reproducible: MkDocs' sitemap carries this date


def hand_written_docs(target: Path) -> None:
    """Copy the files of docs/ that are committed (not those the generator wrote)."""
    listed = subprocess.run(["git", "ls-files", "docs"], cwd=ROOT, capture_output=True, text=True, check=True)
    for name in listed.stdout.split():
        destination = target / Path(name).relative_to("docs")
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, destination)


def site_config(workdir: Path) -> Path:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    config["docs_dir"] = str(workdir / "docs")
    config["site_dir"] = str(workdir / "site")
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    config["hooks"] = [str(ROOT / hook) for hook in config["hooks"]]
    path = workdir / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


def mkdocs_env(seeds: Path) -> dict[str, str]:
    """The environment of a test's `mkdocs` run: this story, a fixed date, the generator importable."""
    return {**os.environ, "SEEDS_DIR": str(seeds), "SOURCE_DATE_EPOCH": FIXED_EPOCH,
            "NO_MKDOCS_2_WARNING": "1",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


def build_site(workdir: Path, seeds: Path = SEEDS, strict: bool = True) -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build` on `seeds` into `workdir/site`; return the finished process."""
    workdir.mkdir(parents=True, exist_ok=True)
    hand_written_docs(workdir / "docs")
    env = mkdocs_env(seeds)
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(site_config(workdir))]
    if strict:
        command.append("--strict")
    return subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, timeout=600)


def site_files(workdir: Path, seeds: Path = SEEDS, **env: str) -> dict[str, bytes]:
    """Build `seeds` in `workdir` (`mkdocs build --strict`, with `env` added to the environment) and return
    every file of the site by its path in it. Docs already in `workdir/docs` stay beside the repository's."""
    hand_written_docs(workdir / "docs")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(site_config(workdir))]
    done = subprocess.run(command, cwd=workdir, env={**mkdocs_env(seeds), **env}, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    site = workdir / "site"
    return {path.relative_to(site).as_posix(): path.read_bytes()
            for path in site.rglob("*") if path.is_file()}


class TextOf(HTMLParser):
    """The text of the elements matching a class, and every tag seen (to find injected elements)."""

    def __init__(self, css_class: str) -> None:
        super().__init__(convert_charrefs=True)
        self.css_class = css_class
        self.found: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._depth = 0
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        classes = (attributes.get("class") or "").split()
        if self._depth:
            self._depth += 1
            if "ann-tip" in classes or "para-anchor" in classes or self._hidden:
                self._hidden += 1
        elif self.css_class in classes:
            self._depth = 1
            self.found.append("")

    def handle_endtag(self, tag: str) -> None:
        if self._depth:
            self._depth -= 1
            if self._hidden:
                self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if self._depth and not self._hidden:
            self.found[-1] += data


def texts_of(html: str, css_class: str) -> list[str]:
    """The visible text of each element with `css_class` (tooltips and ¶ anchors left out)."""
    parser = TextOf(css_class)
    parser.feed(html)
    return [" ".join(t.split()) for t in parser.found]


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = TextOf("-")
    parser.feed(html)
    return parser.tags


# --- links of a built site ------------------------------------------------------------------------


class Links(HTMLParser):
    """The ids of a page and the targets of its links."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"] or "")
        if tag == "a" and attributes.get("href"):
            self.hrefs.append(attributes["href"] or "")


def html_file(site: Path, url: str) -> Path:
    """The file a directory-style address (`story/timeline/`) is served from."""
    return site / url / "index.html" if url.endswith("/") or not url else site / url


def broken_links(site: Path, url: str) -> list[str]:
    """Every link of the page at `url` (relative to the site) to a missing file or a missing element."""
    base = "http://site/"
    problems = []
    for href in Links(html_file(site, url).read_text(encoding="utf-8")).hrefs:
        target, fragment = urllib.parse.urldefrag(urllib.parse.urljoin(base + url, href))
        if not target.startswith(base):
            continue  # another host (the repository's edit link)
        path = html_file(site, urllib.parse.unquote(target.removeprefix(base)))
        if not path.is_file():
            problems.append(f"{url}: {href} (no {path.relative_to(site)})")
        elif fragment and path.suffix == ".html" and fragment not in Links(path.read_text("utf-8")).ids:
            problems.append(f"{url}: {href} (no element with that id)")
    return problems
