"""The site's search index: Pagefind reads the built HTML pages and writes a static index, split in small
chunks that the browser fetches as a reader types, into `<site>/pagefind/` (the search page loads it).

What is indexed is decided in the pages: the theme marks each page's content `data-pagefind-body`
(`overrides/main.html`), so headers, navigation and footers are left out; the article template marks its
comparison sidebar, ¶ anchors and removed lines `data-pagefind-ignore`. `EXCLUDED` below takes out what
no page template of ours writes. The output depends only on the pages: the same site gives the same bytes.
That is also why no page has a `data-pagefind-filter` (an outlet filter): Pagefind 1.5.2 writes a filter's
values in a random order, so each build would get new index files.

Two ways in, the same index:
- `index_site` reads a built site: `python -m generator search-index SITE`, after an engine without hooks.
- `start_indexing` takes each page's title and content before the engine has laid out a single page
  (`generator/mkdocs_hook.py` hands them over as soon as MkDocs has converted them), writes them as bare
  pages into a scratch folder, and runs Pagefind on that while the engine lays out and writes the site, on
  the core the engine leaves idle, instead of after it. `Indexing.finish` waits for it. Pagefind reads of a
  page only its `data-pagefind-body`, which holds the page's content and nothing else (overrides/main.html),
  and its title: a bare page with the same content and title gives the same entry in the index.

Pagefind numbers the pages in the order it finds them in their folders, so the files of the two indexes can
differ in that order (tests/test_search_staged.py checks that the pages, their text and the words are the
same). `start_indexing` writes the pages in the order of their paths: the same pages give the same bytes.

No MkDocs here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

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
SCRATCH_PREFIX = "docsite-search-"
NICENESS = 10
"""How much lower than the engine's the priority of a Pagefind beside it is (see `_yield_to_the_engine`)."""
INSTALL_HINT = "install it with `pip install 'pagefind[bin]'` (this package depends on it: pip install -e .)"


class SearchIndexError(Exception):
    """Pagefind is missing or failed; the message says what happened and how to fix it."""


@dataclass(frozen=True)
class SearchIndex:
    """What Pagefind indexed."""

    folder: Path
    pages: int
    words: int


@dataclass(frozen=True)
class PageToIndex:
    """A page as Pagefind reads it: where it is in the site, its language, its title, its content."""

    path: str
    """Its file in the site, as `articles/x/index.html`: Pagefind makes the result's address from it."""
    language: str
    """The page's `<html lang>`: Pagefind keeps an index per language."""
    title: str | None
    """The title results show, escaped for an HTML attribute (the page's `data-pagefind-meta="title"`)."""
    content: str
    """The HTML of what the page marks `data-pagefind-body`."""


def index_site(site: Path) -> SearchIndex:
    """Index the built site in `site` with Pagefind, replacing the index of an earlier run."""
    if not (site / "index.html").is_file():
        raise SearchIndexError(f"{site}: no index.html, so not a built site; build it first (mkdocs build)")
    _remove_earlier_index(site / BUNDLE)
    command = _command(pagefind_binary(), site, site / BUNDLE)
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except OSError as error:
        raise _not_running(site, command[0], error) from error
    except subprocess.TimeoutExpired as error:
        raise SearchIndexError(f"Pagefind did not finish indexing {site} in {TIMEOUT} s") from error
    return _result(site, site / BUNDLE, done.returncode, done.stdout, done.stderr)


class Indexing:
    """Pagefind at work on pages handed over before the site was written (`start_indexing`)."""

    def __init__(self, pages: list[PageToIndex], site: Path) -> None:
        self.site = site
        self.bundle = site / BUNDLE
        binary = pagefind_binary()  # a missing Pagefind says so before anything is written
        self.scratch = _scratch_folder(sum(len(page.content) for page in pages))
        self._command = _command(binary, self.scratch, self.bundle)
        self._process: subprocess.Popen[bytes] | None = None
        self._output = (tempfile.TemporaryFile(), tempfile.TemporaryFile())
        self._failure: BaseException | None = None
        try:
            # Pagefind numbers the pages in the order it finds them, which is the order the folder lists
            # them in: on most file systems, the order they were made. Sorted, the same pages give the
            # same index however the engine ordered them.
            for page in sorted(pages, key=lambda page: page.path):
                _write_bare_page(self.scratch, page)
            _remove_earlier_index(self.bundle)
        except BaseException:
            self._close()
            raise
        self._launching = threading.Thread(target=self._launch, name="search-index", daemon=True)
        self._launching.start()

    def finish(self) -> SearchIndex:
        """Wait for Pagefind; what it indexed. The scratch folder is removed, whatever happened."""
        try:
            self._launching.join()
            if self._failure is not None:
                raise self._failure
            assert self._process is not None
            try:
                returncode = self._process.wait(timeout=TIMEOUT)
            except subprocess.TimeoutExpired as error:
                raise SearchIndexError(f"Pagefind did not finish indexing {self.site} in {TIMEOUT} s"
                                       ) from error
            stdout, stderr = (_read(stream) for stream in self._output)
            return _result(self.site, self.bundle, returncode, stdout, stderr)
        finally:
            self.cancel()

    def cancel(self) -> None:
        """Stop Pagefind if it still runs (the build failed) and remove the scratch folder."""
        self._launching.join()
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        self._close()

    def _close(self) -> None:
        for stream in self._output:
            stream.close()
        shutil.rmtree(self.scratch, ignore_errors=True)

    def _launch(self) -> None:
        """In a thread of its own, whose priority it lowers for Pagefind to inherit."""
        _yield_to_the_engine()
        try:
            self._process = subprocess.Popen(self._command, stdout=self._output[0], stderr=self._output[1])
        except OSError as error:
            self._failure = _not_running(self.site, self._command[0], error)
        except BaseException as error:  # handed to `finish`, in the thread that can report it
            self._failure = error


def start_indexing(pages: Iterable[PageToIndex], site: Path) -> Indexing:
    """Start indexing `pages`, the pages of the site that will be in `site`, into `site`/pagefind (replacing
    an earlier index); `finish()` on the result waits for it. The site itself need not be written yet."""
    return Indexing(list(pages), site)


def _scratch_folder(size: int) -> Path:
    """A new folder for about `size` bytes of pages for a moment: in memory (/dev/shm) where there is room
    (four times as much), for on some disks creating a file costs a millisecond, a second per 1,000 pages.
    Its name carries this process's id, so that the folders of builds that were killed are found and
    removed here: in memory, they would hold on to it until the machine restarts."""
    memory = Path("/dev/shm")
    if memory.is_dir() and os.access(memory, os.W_OK) and shutil.disk_usage(memory).free > 4 * size:
        parent = memory
    else:
        parent = Path(tempfile.gettempdir())
    _remove_abandoned_scratch(parent)
    return Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-", dir=parent))


def _remove_abandoned_scratch(parent: Path) -> None:
    """Remove the scratch folders in `parent` whose process has ended without removing them."""
    for folder in parent.glob(f"{SCRATCH_PREFIX}*-*"):
        pid = folder.name.removeprefix(SCRATCH_PREFIX).split("-", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # no signal sent: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, but belongs to someone else
    return True


def _yield_to_the_engine() -> None:
    """Lower this thread's priority, and so that of the Pagefind it starts (a child inherits it): the engine,
    laying out pages in one thread, sets the pace of the build, and Pagefind should take the core it leaves
    idle rather than share the engine's. Linux gives each thread its own priority; elsewhere, nothing."""
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICENESS)
        except OSError:
            pass


def _write_bare_page(folder: Path, page: PageToIndex) -> None:
    """The page as Pagefind needs it, and nothing else: its language, title and content."""
    inside = os.path.normpath(page.path)
    if os.path.isabs(inside) or inside.split(os.sep)[0] == "..":
        raise SearchIndexError(f"{page.path}: a page outside the site cannot be indexed")
    path = folder / inside
    path.parent.mkdir(parents=True, exist_ok=True)
    title = ("" if page.title is None else
             f'<meta property="og:title" content="{page.title}" data-pagefind-meta="title[content]">')
    head = f'<!doctype html>\n<html lang="{page.language}"><head><meta charset="utf-8">{title}</head>'
    path.write_text(f"{head}<body><div data-pagefind-body>\n{page.content}\n</div></body></html>\n",
                    encoding="utf-8")


def _command(binary: Path, pages: Path, bundle: Path) -> list[str]:
    command = [str(binary), "--site", str(pages), "--output-path", str(bundle)]
    for selector in EXCLUDED:
        command += ["--exclude-selectors", selector]
    return command


def _result(site: Path, bundle: Path, returncode: int, stdout: str, stderr: str) -> SearchIndex:
    if returncode != 0:
        output = (stderr.strip() or stdout.strip())[-3000:]
        raise SearchIndexError(f"Pagefind failed on {site} (exit status {returncode}):\n{output}")
    return SearchIndex(bundle, _count(stdout, "pages"), _count(stdout, "words"))


def _not_running(site: Path, binary: str, error: OSError) -> SearchIndexError:
    return SearchIndexError(f"Pagefind could not index {site}: {binary} does not run ({error}); "
                            + INSTALL_HINT)


def _read(stream: IO[bytes]) -> str:
    stream.seek(0)
    return stream.read().decode("utf-8", "replace")


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
