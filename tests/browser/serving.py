"""Build a site for the browser tests, and serve it on 127.0.0.1 under the path of the configured `site_url`,
the way GitHub Pages serves it."""

from __future__ import annotations

import contextlib
import gzip
import http.server
import io
import os
import threading
import urllib.parse
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import yaml
from sitebuild import ROOT, SEEDS, build_site

HOST = "127.0.0.1"
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}


def built(workdir: Path, seeds: Path = SEEDS) -> Path:
    """Build the site of `seeds` into `workdir` with `--strict` (`SITEBUILD_STRICT=0`: without, only while a
    pipeline stage is unfinished); return its `site/` folder."""
    done = build_site(workdir, seeds, strict=os.environ.get("SITEBUILD_STRICT", "1") != "0")
    assert done.returncode == 0, f"mkdocs build failed:\n{done.stderr[-4000:]}"
    return workdir / "site"


def site_path_prefix(config: Path = ROOT / "mkdocs.yml") -> str:
    """The path of `site_url` ("/documentary/"): MkDocs writes some URLs (404 page, sitemap) with it."""
    site_url = yaml.safe_load(config.read_text()).get("site_url") or "/"
    path = urllib.parse.urlsplit(site_url).path or "/"
    return path if path.endswith("/") else path + "/"


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves `directory` under `prefix` only; anything outside the prefix is a 404, as on Pages.

    With `compress`, text is sent gzipped with a ten-minute cache lifetime, as Pages sends it, so that a
    measurement (Lighthouse) sees what readers get.
    """

    prefix = "/"
    compress = False

    def send_head(self):  # type: ignore[no-untyped-def]  # the base class's signature
        if not self.compress or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        path = Path(self.translate_path(self.path))
        if path.is_dir() and urllib.parse.urlsplit(self.path).path.endswith("/"):
            path = path / "index.html"
        if not (path.is_file() and path.suffix in COMPRESSED):
            return super().send_head()  # also redirects a folder asked for without its slash
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        for name, value in (("Content-Type", self.guess_type(str(path))), ("Content-Encoding", "gzip"),
                            ("Content-Length", str(len(body))), ("Cache-Control", "max-age=600")):
            self.send_header(name, value)
        self.end_headers()
        return io.BytesIO(body)

    def translate_path(self, path: str) -> str:
        bare = urllib.parse.urlsplit(path).path
        if not bare.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_site_path__")  # no such file: 404
        return super().translate_path("/" + bare[len(self.prefix):])

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
        """Quiet: the tests record requests in the browser."""


@contextlib.contextmanager
def serve(site: Path, prefix: str | None = None, compress: bool = False) -> Iterator[str]:
    """Serve `site` on a free port of 127.0.0.1 in a thread; yield the site's base URL; stop on exit."""
    prefix = prefix or site_path_prefix()
    handler = type("Handler", (SiteHandler,), {"prefix": prefix, "compress": compress})
    server = http.server.ThreadingHTTPServer((HOST, 0), partial(handler, directory=str(site)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
