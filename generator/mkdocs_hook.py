"""The thin adapter between MkDocs and the generator: the only module that knows MkDocs exists.

Before MkDocs collects the docs folder, the generator writes its pages into it; while serving,
the story folder is watched too, so that editing a seed, its metadata, the knowledge base or a note
rebuilds the site (in a helper process forked at startup: `mkdocs serve` rebuilds from a thread, and a
process with threads must not fork the generator's workers). The generator rewrites only files whose
bytes changed, so a rebuild does not trigger another. Pagefind indexes the pages for the search page
while MkDocs lays them out (see `on_env`); `DOCSITE_SEARCH_STAGED=0` has it read the built site
afterwards instead.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import time
from pathlib import Path
from typing import Any

from markdown.extensions.toc import nest_toc_tokens
from markupsafe import Markup, escape
from mkdocs.structure.toc import get_toc
from watchdog.events import FileSystemEventHandler

from generator.parallel import Helper
from generator.pipeline import build
from generator.read import seeds_dir_from_env
from generator.searchindex import Indexing, PageToIndex, SearchIndexError, index_site, start_indexing
from generator.write import MANIFEST, generated_paths

log = logging.getLogger("mkdocs.hooks.generator")
_serving = False
_dirty = False
"""`mkdocs build --dirty` or `mkdocs serve --dirty`: MkDocs lays out only the pages whose files changed, so
the search index is made from the built site, which holds the others from the builds before."""
_deleted_pages: tuple[str, ...] = ()
"""In a --dirty build, the generated files this build's generator deleted from docs/ (an article deleted or
renamed): the built site keeps every page the build does not lay out, so their built pages go too."""
_build_helper: Helper | None = None
"""While serving: the process that runs the generator, forked before MkDocs starts its threads, so
that a rebuild shares the work between processes as `mkdocs build` does (see parallel.Helper)."""
_indexing: Indexing | None = None
"""The search index under way for the build in progress (started by on_env, finished by on_post_build)."""


def on_startup(command: str, dirty: bool) -> None:
    global _serving, _dirty, _build_helper
    _serving, _dirty = command == "serve", dirty
    if _serving and _build_helper is None:
        _build_helper = Helper.start(build)


def on_config(config: Any) -> Any:
    from mkdocs.exceptions import Abort

    if not config["use_directory_urls"]:
        # every generated link is to a folder ("../../articles/<slug>/"), as the site serves its pages
        raise Abort("mkdocs.yml sets `use_directory_urls: false`, but the generated pages link to each "
                    "other as folders (articles/<slug>/): remove that line, or set it to true")
    return config


def _seeds_dir(config: Any) -> Path:
    """`SEEDS_DIR` as given (relative to the working folder, as a shell path is), else the `seeds/` beside
    mkdocs.yml: `mkdocs build -f path/to/mkdocs.yml` from another folder looked for the story there."""
    beside_config = Path(config.get("config_file_path") or "mkdocs.yml").parent / "seeds"
    return seeds_dir_from_env(default=str(beside_config))


def on_pre_build(config: Any) -> None:
    from mkdocs.exceptions import Abort

    global _deleted_pages
    generate = _build_helper or build
    result = generate(_seeds_dir(config), Path(config["docs_dir"]), config.get("site_url") or "")
    _deleted_pages = result.report.deleted if _dirty else ()
    for diagnostic in result.diagnostics:
        if diagnostic.severity == "warning":
            log.info(diagnostic.format())  # warnings are for `check`; a strict build must not fail on them
    errors = result.errors
    if not errors:
        return
    message = "\n".join(d.format() for d in errors)
    if _serving:
        log.error("The story has errors; the pages of the broken files are left out:\n" + message)
        return
    raise Abort(f"The generator found {len(errors)} error(s):\n{message}")


def on_post_build(config: Any) -> None:
    """Finish the search index of the site just built (also the temporary one `mkdocs serve` builds): wait
    for the one on_env started, or index the built site."""
    from mkdocs.exceptions import Abort

    global _indexing
    indexing, _indexing = _indexing, None
    _remove_built_pages(config, _deleted_pages)  # before the built site is indexed
    try:
        index = indexing.finish() if indexing else index_site(Path(config["site_dir"]))
    except SearchIndexError as error:
        if _serving:
            log.error(f"The search index was not built: {error}")
            return
        raise Abort(f"The search index was not built: {error}") from error
    log.info(f"Pagefind indexed {index.pages} pages ({index.words} words) into {index.folder}")


def _remove_built_pages(config: Any, deleted: tuple[str, ...]) -> None:
    """Remove the built page of each of `deleted` (paths in docs/), and the folder it leaves empty."""
    from mkdocs.structure.files import File

    site = Path(config["site_dir"])
    for path in deleted:
        file = File(path, config["docs_dir"], config["site_dir"], config["use_directory_urls"])
        built = site / file.dest_uri
        built.unlink(missing_ok=True)
        if built.parent != site and built.parent.is_dir() and not any(built.parent.iterdir()):
            built.parent.rmdir()


# Pages whose body is HTML that Python-Markdown would pass through unchanged (`html_body: true` in their
# front matter; tests/test_html_body.py checks the claim on every kind of text): every generated page.
# Converting them anyway cost most of a build (Python-Markdown's link parser on story pages of thousands of
# links, and MkDocs runs two HTML parsers over every page), so their body is set aside before conversion
# and handed to the theme as it is. Engines without hooks convert it, to the same bytes.
_html_bodies: dict[str, str] = {}
# The generator writes every attribute after a space; a pattern that starts with that literal text is
# searched ten times faster than one that starts with `\b` (0.03 s against 0.3 s for 300 article pages).
_ANCHOR_ID = re.compile(r' id="([^"]+)"')
# The generator writes each heading on one line, its permanent link (the one the toc extension would
# write) last: `<h2 id="x">Name<a class="headerlink" href="#x" …>¶</a></h2>`.
_HEADING = re.compile(r'<h([1-6]) id="([^"]+)"[^>]*>(.*?)</h\1>')
_HEADERLINK = re.compile(r'<a class="headerlink" [^>]*>[^<]*</a>$')


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if page.meta.get("html_body") is True:
        _html_bodies[page.file.src_uri] = markdown
        # Nothing is left to convert, but MkDocs would still set up a Markdown converter for the page (half
        # a millisecond each: 0.6 s of a build at 1,000 articles).
        page.render = functools.partial(_nothing_to_convert, page)
        return ""
    return markdown


def _nothing_to_convert(page: Any, config: Any, files: Any) -> None:
    """What `Page.render` leaves on a page whose Markdown is empty; on_page_content fills in the rest."""
    page.content = ""
    page.toc = get_toc([])
    page._title_from_render = None
    page.present_anchor_ids = set()


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    body = _html_bodies.pop(page.file.src_uri, None)
    if body is None:
        return html
    # MkDocs checks links to `page#anchor` against the ids it saw while converting: here, none.
    page.present_anchor_ids = set(_ANCHOR_ID.findall(body))
    # Nor did it see the headings: the page's table of contents is built from them, nested as the toc
    # extension nests them (the h1 included: Material leaves it out). Also on a page that hides the
    # contents sidebar (`hide: [toc]`: articles, article index, home): Material's "Skip to content" link
    # and the phone-width menu's "On this page" come from it too.
    page.toc = get_toc(nest_toc_tokens([
        {"level": int(level), "id": anchor, "name": _HEADERLINK.sub("", name)}
        for level, anchor, name in _HEADING.findall(body)]))
    return body.strip()


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """'Edit this page' on a generated page opens its source file (the seed's metadata), not the page."""
    edit_path = page.meta.get("edit_path")
    repo_url = config.get("repo_url")
    if edit_path and repo_url:
        # Relative to the repository (the folder of mkdocs.yml); a story folder outside it has no edit link.
        root = os.path.dirname(os.path.abspath(config["config_file_path"]))
        relative = os.path.relpath(os.path.abspath(edit_path), root)
        page.edit_url = None if relative.startswith("..") else f"{repo_url.rstrip('/')}/edit/main/{relative}"
    return context


def on_build_error(error: Exception) -> None:
    _stop_indexing()


def on_shutdown() -> None:
    global _build_helper
    _stop_indexing()  # a build interrupted (Ctrl-C) ends here, without on_build_error
    helper, _build_helper = _build_helper, None
    if helper is not None:
        helper.stop()


def _stop_indexing() -> None:
    """Stop the search index of a build that did not finish, if one is under way."""
    global _indexing
    indexing, _indexing = _indexing, None
    if indexing is not None:
        indexing.cancel()


def on_env(env: Any, config: Any, files: Any) -> Any:
    """Every page is converted by now, none laid out yet: Pagefind starts indexing their content, on the
    second core while MkDocs lays out and writes the pages on the first (`DOCSITE_SEARCH_STAGED=0`, and a
    `--dirty` build, which lays out only the pages changed: after the build, from the built site;
    tests/test_search_staged.py compares the two ways).

    The navigation is drawn once for all the pages that are not in it (articles, people, pairs of
    articles: nearly every page of a big story), instead of once per page: a tenth of MkDocs' time; the
    header's tools (palette, search box, repository link) once per folder depth. `DOCSITE_NAV_ONCE=0`
    draws both on every page (tests compare the two sites byte for byte)."""
    global _indexing
    _stop_indexing()  # an earlier build's, if that build broke off without on_build_error
    if os.environ.get("DOCSITE_SEARCH_STAGED", "1") != "0" and not _dirty:
        try:
            _indexing = start_indexing(_pages_to_index(config, files), Path(config["site_dir"]))
        except (SearchIndexError, OSError) as error:  # no room for the scratch pages, say
            log.info(f"The search index will be made from the built site: {error}")
    if os.environ.get("DOCSITE_NAV_ONCE", "1") != "0":
        template = env.get_template("partials/nav.html")
        template.root_render_func = _drawn_once(template.root_render_func, env.filters["url"])
        template = env.get_template("partials/header-tools.html")
        template.root_render_func = _drawn_once_per_place(template.root_render_func)
    return env


def _pages_to_index(config: Any, files: Any) -> list[PageToIndex]:
    """What Pagefind would read of each page of the built site. Only pages laid out by main.html are
    marked for indexing (`data-pagefind-body`); a page with a template of its own (the search page) is not."""
    language = str(config["theme"]["language"] or "en")
    return [PageToIndex(file.dest_uri, language, _search_title(file.page),
                        _indexed_content(file.page, config))
            for file in files.documentation_pages()
            if file.page is not None and file.page.content is not None
            and (file.page.meta.get("template") or "main.html") == "main.html"]


def _search_title(page: Any) -> str | None:
    """The page's title in search results, as overrides/main.html writes it for `data-pagefind-meta`."""
    if page.meta.get("html_body") and page.meta.get("title"):
        return str(page.meta["title"])  # a generated page gives it escaped already
    return str(escape(Markup(str(page.title)).striptags())) if page.title else None


def _indexed_content(page: Any, config: Any) -> str:
    """What overrides/main.html marks `data-pagefind-body`: Material's content partial, whose only text
    is the page's content, with a heading of the page's title when the content has none."""
    if "<h1" in page.content:
        return str(page.content)
    return f"<h1>{page.title or config['site_name']}</h1>\n{page.content}"


def _drawn_once(draw: Any, url: Any) -> Any:
    """`draw` (a template's render function) remembering what it drew for a page outside the navigation.

    On such a page no entry is marked as the one open, so the navigation differs from one page to the next
    only by where its links lead from there: the key is every link as the page writes it. A page in the
    navigation is drawn as usual. Each build has a new environment (on_env), so a new memory."""
    drawn: dict[tuple[str, ...], str] = {}

    def draw_once(context: Any) -> Any:
        page, nav = context.get("page"), context.get("nav")
        if page is None or nav is None or page in nav.pages:
            yield from draw(context)
            return
        extra = context.get("config", {}).get("extra") or {}
        links = [extra.get("homepage") or (nav.homepage.url if nav.homepage else ""),
                 *(_link_urls(nav.items))]
        key = (context.get("base_url", ""), *(url(context, link) for link in links))
        if key not in drawn:
            drawn[key] = "".join(draw(context))
        yield drawn[key]

    return draw_once


def _drawn_once_per_place(draw: Any) -> Any:
    """`draw` (a template's render function) remembering what it drew for each folder depth (`base_url`,
    which every link of the template is relative to) and page template: for a partial that depends on
    nothing else about the page (overrides/partials/header-tools.html)."""
    drawn: dict[tuple[str, str], str] = {}

    def draw_once(context: Any) -> Any:
        page = context.get("page")
        meta = getattr(page, "meta", None) or {}
        key = (str(context.get("base_url", "")), str(meta.get("template") or ""))
        if key not in drawn:
            drawn[key] = "".join(draw(context))
        yield drawn[key]

    return draw_once


def _link_urls(items: Any) -> Any:
    """The address of every page and link in the navigation, sections opened."""
    for item in items:
        if getattr(item, "children", None):
            yield from _link_urls(item.children)
        elif getattr(item, "url", None) is not None:
            yield str(item.url)


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """Watch the story folder too; and the docs folder for the contributor's changes only.

    MkDocs rebuilt whenever a file of docs/ changed, and a rebuild's generator writes the pages an edit
    changed into docs/: every edit of a seed made two whole builds (at 1,000 articles, 19 s and then 11 s,
    and two reloads of the browser). The docs folder is watched here instead, passing on only changes to
    files the generator does not own (`write.generated_paths`) by way of a file MkDocs watches."""
    server.watch(os.path.abspath(_seeds_dir(config)))
    docs_dir = Path(config["docs_dir"]).resolve()
    relay = docs_dir.parent / DOCS_CHANGED
    relay.parent.mkdir(parents=True, exist_ok=True)
    relay.touch()
    server.unwatch(config["docs_dir"])  # as MkDocs watched it (its path made absolute, not resolved)
    server.observer.schedule(_HandWrittenChanges(docs_dir, relay), str(docs_dir), recursive=True)
    server.watch(str(relay))
    log.info(f"Watching {docs_dir} for changes to hand-written pages (through {relay}; the generator's own "
             "pages change with the build)")
    return server


DOCS_CHANGED = Path(".cache") / "generator" / "docs-changed"
"""Beside the docs folder: written when a file of docs/ that the generator does not own changes."""


class _HandWrittenChanges(FileSystemEventHandler):  # type: ignore[misc]
    """Passes on a change in the docs folder unless it is to a file the generator owns (listed in its
    manifest, pending or written) or a hidden one (the manifest, a page being written), which MkDocs
    leaves out of the site anyway."""

    def __init__(self, docs_dir: Path, relay: Path) -> None:
        self.docs_dir, self.relay = docs_dir, relay
        self._manifest_stat: tuple[int, int] | None = None
        self._generated: set[str] = set()

    def on_any_event(self, event: Any) -> None:
        # MkDocs' observer polls, and sees no reads; an inotify one would report MkDocs reading the pages
        if event.is_directory or event.event_type in ("opened", "closed_no_write"):
            return
        paths = [event.src_path, getattr(event, "dest_path", "")]
        if any(path and not self._ours(str(path)) for path in paths):
            self.relay.write_text(str(time.time_ns()))

    def _ours(self, path: str) -> bool:
        try:
            relative = Path(path).relative_to(self.docs_dir)
        except ValueError:
            return False
        if any(part.startswith(".") for part in relative.parts):
            return True
        return relative.as_posix() in self._generated_now()

    def _generated_now(self) -> set[str]:
        """Every file the generator has owned this session, the manifest read again only when it changed
        (a page it deletes has left the manifest by the time its deletion is seen)."""
        try:
            found = (self.docs_dir / MANIFEST).stat()
            stat = (found.st_mtime_ns, found.st_size)
        except OSError:
            stat = None
        if stat != self._manifest_stat:
            self._manifest_stat = stat
            self._generated |= generated_paths(self.docs_dir)
        return self._generated
