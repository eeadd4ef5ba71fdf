"""The search index built while the site is: each page goes to Pagefind as soon as MkDocs has rendered it.

`index_site` (generator/searchindex.py) runs Pagefind on the finished site: on a story of 1,000 articles,
3.4 s after MkDocs is done, with one core idle while MkDocs renders and the other idle while Pagefind reads.
Here Pagefind runs as a service (`pagefind --service`, the process its Python and Node packages drive) and
is handed each page as it is rendered, so reading and indexing the pages overlaps MkDocs' own work; only
building and writing the index is left for the end. The index holds the same pages, with the same text, as
the one `index_site` writes (tests/test_searchstream.py), and the same pages give the same bytes.

The `pagefind` Python package drives the same service, but reads one reply every 0.1 s: 2 minutes for a
site of 1,200 pages. So this module speaks its protocol itself: each message is JSON encoded in base64 and
followed by a comma, in both directions, and each reply carries the number of the request it answers.
"""

from __future__ import annotations

import base64
import binascii
import json
import queue
import subprocess
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from generator.searchindex import (
    BUNDLE,
    EXCLUDED,
    INSTALL_HINT,
    TIMEOUT,
    SearchIndex,
    SearchIndexError,
    pagefind_binary,
    remove_earlier_index,
)

_BODY = "data-pagefind-body"
_CLOSE = None
"""What the feeding thread is handed to stop."""
_UNANSWERED = -1
"""Where a reply to no known request is kept (an error about a request Pagefind could not read), and an
empty one once the service has stopped: either way, a request still waiting will get no answer."""


class PageStream:
    """A Pagefind service indexing pages as they come: `add` each page (it returns at once), then `finish`
    writes the index into the site; `abandon` stops the service when the build fails."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self._process = process
        self._replies: dict[int, Mapping[str, Any]] = {}
        self._replied = threading.Condition()
        self._sent = 0
        self._pages: dict[str, tuple[int, bool]] = {}
        """Path in the site -> number of its request, and whether the page marks what to index."""
        self._waiting: queue.SimpleQueue[tuple[int, dict[str, Any]] | None] = queue.SimpleQueue()
        self._reader = threading.Thread(target=self._read_replies, name="pagefind-replies", daemon=True)
        self._feeder = threading.Thread(target=self._feed, name="pagefind-pages", daemon=True)
        self._reader.start()
        self._feeder.start()
        created = self._request({"type": "NewIndex", "config": {"exclude_selectors": list(EXCLUDED)}})
        self._index = int(created["index_id"])

    @classmethod
    def start(cls) -> PageStream:
        """Start Pagefind's service (SearchIndexError when it is missing or does not run)."""
        binary = pagefind_binary()
        try:
            process = subprocess.Popen([str(binary), "--service"], stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except OSError as error:
            raise SearchIndexError(f"Pagefind does not run: {binary} ({error}); {INSTALL_HINT}") from error
        return cls(process)

    def add(self, path: str, html: str) -> None:
        """Index the page at `path` in the site (as `index.html` or `about/index.html`), once: Pagefind makes
        its address from the path, as it does when it reads the built folder."""
        number = self._next_number()
        self._pages[path] = (number, _BODY in html)
        request = {"type": "AddFile", "index_id": self._index, "file_path": path, "url": None,
                   "file_contents": html}
        self._waiting.put((number, request))

    def finish(self, site: Path) -> SearchIndex:
        """Add the HTML files of `site` that were not handed over (404.html, a page `mkdocs build --dirty`
        left as it was), then write the index into `site/pagefind`, replacing an earlier one."""
        for path in sorted(site.rglob("*.html")):
            relative = path.relative_to(site).as_posix()
            if relative not in self._pages and not relative.startswith(f"{BUNDLE}/"):
                self.add(relative, path.read_text(encoding="utf-8", errors="replace"))
        self._waiting.put(_CLOSE)
        self._feeder.join()
        for number, _ in self._pages.values():
            self._reply(number)  # raises if Pagefind could not read a page
        # The service's own WriteFiles answers before its last writes reach the disk, and it exits as soon
        # as its input closes: a file could be cut short. So the files come back in the reply instead.
        written = self._request({"type": "GetFiles", "index_id": self._index})
        self.abandon()
        remove_earlier_index(site / BUNDLE)
        _write_bundle(site / BUNDLE, written.get("files") or [])
        return _summary(site / BUNDLE, self._pages)

    def abandon(self) -> None:
        """Stop the service (what it was handed is dropped); harmless when it has stopped already."""
        self._waiting.put(_CLOSE)
        if self._process.stdin and not self._process.stdin.closed:
            try:
                self._process.stdin.close()
            except (OSError, ValueError):
                pass  # the service has gone already: nothing was left to tell it
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()

    def _request(self, payload: Mapping[str, Any]) -> Mapping[str, Any]:
        """Send one request on this thread (no page may be on its way) and wait for the reply."""
        number = self._next_number()
        self._write(self._message(number, payload))
        return self._reply(number)

    def _next_number(self) -> int:
        self._sent += 1
        return self._sent

    @staticmethod
    def _message(number: int, payload: Mapping[str, Any]) -> bytes:
        # ASCII JSON (the faster encoder; a page's other characters become escapes the service decodes).
        request = json.dumps({"message_id": number, "payload": payload})
        return base64.b64encode(request.encode("ascii")) + b","

    def _write(self, message: bytes) -> None:
        stdin = self._process.stdin
        assert stdin is not None
        try:
            stdin.write(message)
            stdin.flush()
        except (OSError, ValueError):
            pass  # the service died or was abandoned: a reply that never comes reports it

    def _feed(self) -> None:
        """On its own thread, so that the build never waits while Pagefind reads a page."""
        while (item := self._waiting.get()) is not _CLOSE:
            self._write(self._message(*item))

    def _read_replies(self) -> None:
        stdout = self._process.stdout
        assert stdout is not None
        for reply in _replies(stdout):
            with self._replied:
                self._replies[_request_number(reply)] = reply.get("payload") or {}
                self._replied.notify_all()
        with self._replied:
            self._replies.setdefault(_UNANSWERED, {})  # the service has stopped: nothing more will come
            self._replied.notify_all()

    def _reply(self, number: int) -> Mapping[str, Any]:
        with self._replied:
            arrived = self._replied.wait_for(lambda: number in self._replies or _UNANSWERED in self._replies,
                                             timeout=TIMEOUT)
            reply = self._replies.get(number, self._replies.get(_UNANSWERED))
        if reply is None or not reply:
            self.abandon()
            why = "stopped" if arrived else f"did not answer in {TIMEOUT} s"
            raise SearchIndexError(f"Pagefind's indexing service {why} (exit status {self._process.poll()})")
        if reply.get("type") == "Error":
            self.abandon()
            raise SearchIndexError(f"Pagefind could not index the site: {reply.get('message')}")
        return reply


def _replies(stdout: IO[bytes]) -> Iterator[dict[str, Any]]:
    """Each reply the service writes, decoded, until it closes its output. A reply may be megabytes (the
    index files): its pieces are joined once, when its comma has come."""
    pieces: list[bytes] = []
    while chunk := stdout.read1(1 << 20):  # type: ignore[attr-defined]
        while (comma := chunk.find(b",")) != -1:
            pieces.append(chunk[:comma])
            chunk = chunk[comma + 1:]
            message, pieces = b"".join(pieces), []
            try:
                yield json.loads(base64.b64decode(message))
            except (binascii.Error, ValueError):
                continue  # not a reply: Pagefind writes nothing else there, but noise must not stop us
        pieces.append(chunk)


def _write_bundle(bundle: Path, files: list[Mapping[str, str]]) -> None:
    """The index files as the service gave them (path in the bundle, content in base64)."""
    inside = bundle.resolve()
    for file in files:
        target = (bundle / file["path"]).resolve()
        if not target.is_relative_to(inside):
            raise SearchIndexError(f"Pagefind's service gave a file outside {bundle}: {file['path']}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(file["content"]))


def _request_number(reply: Mapping[str, Any]) -> int:
    """The request a reply answers. A request Pagefind could not read is answered with no number, but the
    error quotes the request, number included."""
    number = reply.get("message_id")
    if number is None:
        try:
            number = json.loads(reply["payload"]["original_message"])["message_id"]
        except (KeyError, TypeError, ValueError):
            number = _UNANSWERED
    return int(number)


def _summary(folder: Path, pages: Mapping[str, tuple[int, bool]]) -> SearchIndex:
    """The pages in the index, counted as Pagefind does: when a page marks what to index, the pages that
    mark nothing are left out. (The service does not say how many distinct words it indexed.)"""
    marked = any(has_body for _, has_body in pages.values())
    kept = [path for path, (_, has_body) in pages.items() if has_body or not marked]
    return SearchIndex(folder, len(kept), None)
