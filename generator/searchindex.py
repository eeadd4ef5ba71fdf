"""The site's search index: Pagefind reads the built HTML pages and writes a static index, split in small
chunks that the browser fetches as a reader types, into `<site>/pagefind/` (the search page loads it).

What is indexed is decided in the pages: the theme marks each page's content `data-pagefind-body`
(`overrides/main.html`), so headers, navigation and footers are left out; the article template marks its
comparison sidebar, ¶ anchors and removed lines `data-pagefind-ignore`. `EXCLUDED` below takes out what
no page template of ours writes. The output depends only on the pages: the same site gives the same bytes.
That is also why no page has a `data-pagefind-filter` (an outlet filter): Pagefind 1.5.2 writes a filter's
values in a random order, so each build would get new index files.

No MkDocs here: `generator/mkdocs_hook.py` calls `index_site` after each build, and
`python -m generator search-index SITE` does it after an engine that runs no hooks.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

BUNDLE = "pagefind"
"""The folder, inside the site, that Pagefind writes and the search page loads."""

EXCLUDED = (
    # The tooltip of each annotation: not the article's words. generator/render/inline.py also marks it
    # `data-pagefind-ignore`: an element excluded only here still becomes an anchor, as it has an id.
    ".ann-tip",
    ".ann-controls",  # the legend of the marks (templates/partials/legend.html.j2), on every article page
    ".headerlink",  # Material's ¶ permalink beside each heading
)
TIMEOUT = 600
INSTALL_HINT = "install it with `pip install 'pagefind[bin]'` (this package depends on it: pip install -e .)"


class SearchIndexError(Exception):
    """Pagefind is missing or failed; the message says what happened and how to fix it."""


@dataclass(frozen=True)
class SearchIndex:
    """What Pagefind indexed."""

    folder: Path
    pages: int
    words: int


def index_site(site: Path) -> SearchIndex:
    """Index the built site in `site` with Pagefind, replacing the index of an earlier run."""
    if not (site / "index.html").is_file():
        raise SearchIndexError(f"{site}: no index.html, so not a built site; build it first (mkdocs build)")
    binary = pagefind_binary()
    command = [str(binary), "--site", str(site), "--output-subdir", BUNDLE]
    for selector in EXCLUDED:
        command += ["--exclude-selectors", selector]
    _remove_earlier_index(site / BUNDLE)
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except OSError as error:
        raise SearchIndexError(f"Pagefind could not index {site}: {binary} does not run ({error}); "
                               + INSTALL_HINT) from error
    except subprocess.TimeoutExpired as error:
        raise SearchIndexError(f"Pagefind did not finish indexing {site} in {TIMEOUT} s") from error
    if done.returncode != 0:
        output = (done.stderr.strip() or done.stdout.strip())[-3000:]
        raise SearchIndexError(f"Pagefind failed on {site} (exit status {done.returncode}):\n{output}")
    return SearchIndex(site / BUNDLE, _count(done.stdout, "pages"), _count(done.stdout, "words"))


def pagefind_binary() -> Path:
    """The Pagefind executable that the `pagefind` package finds (its `pagefind_bin` wheel, or
    $PAGEFIND_BINARY_PATH, or one on the PATH)."""
    try:
        from pagefind.service import get_executable
    except ImportError as error:
        raise SearchIndexError(f"Pagefind is not installed in this Python: {INSTALL_HINT}") from error
    binary = get_executable()
    if binary is None:
        raise SearchIndexError(f"The `pagefind` package is installed without its binary: {INSTALL_HINT}")
    return binary


def _remove_earlier_index(bundle: Path) -> None:
    """Pagefind adds its files to the folder: the chunks of an earlier index would stay beside the new."""
    if (bundle / "pagefind-entry.json").is_file():  # ours: never delete a folder Pagefind did not write
        shutil.rmtree(bundle)


def _count(output: str, what: str) -> int:
    """A figure of Pagefind's summary ("Indexed 56 pages"); 0 if it is not there."""
    found = re.search(rf"Indexed (\d+) {what}", output)
    return int(found.group(1)) if found else 0
