"""The navigation drawn once for the pages outside it, and the header's tools once per folder depth
(generator/mkdocs_hook.py, `on_env`): the same bytes as drawing them on every page, and drawn again only
where their links would read differently."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sitebuild import site_files

from generator import mkdocs_hook


def build(workdir: Path, nav_once: str) -> dict[str, bytes]:
    built = site_files(workdir, DOCSITE_NAV_ONCE=nav_once)
    return {name: content for name, content in built.items() if name.endswith(".html")}


@pytest.mark.slow
def test_every_page_is_the_same_as_with_the_navigation_drawn_on_each(tmp_path: Path) -> None:
    once, each = build(tmp_path / "once", "1"), build(tmp_path / "each", "0")
    assert sorted(once) == sorted(each)
    assert [name for name in once if once[name] != each[name]] == []
    # Pages outside the navigation at three depths, and pages in it, all took part.
    assert {"articles/index.html", "about/index.html", "index.html"} <= set(once)
    assert any(name.startswith("story/reuse/") and name.count("/") == 3 for name in once)
    assert sum(name.startswith("entities/") for name in once) > 10
    # The search page's header has no search box; the others at its depth have one.
    assert b'class="site-search"' not in once["search/index.html"]
    assert b'class="site-search"' in once["about/index.html"]


class Page(SimpleNamespace):
    def __eq__(self, other: object) -> bool:
        return isinstance(other, Page) and self.url == other.url

    __hash__ = None  # type: ignore[assignment]


def relative(context: dict[str, Any], url: str) -> str:
    """MkDocs' `url` filter, reduced to what matters here: the link depends on the page's folder."""
    depth = context["page"].url.count("/")
    return "../" * depth + url


def test_a_page_outside_the_navigation_reuses_what_was_drawn_for_one_at_its_depth() -> None:
    drawn: list[str] = []

    def draw(context: dict[str, Any]) -> Any:
        drawn.append(context["page"].url)
        yield f"<nav>{relative(context, 'about/')}</nav>"

    about, home = Page(url="about/"), Page(url="")
    nav = SimpleNamespace(pages=[home, about], homepage=home,
                          items=[home, SimpleNamespace(title="Story", children=[about])])
    draw_once = mkdocs_hook._drawn_once(draw, relative)

    def page_html(url: str) -> str:
        return "".join(draw_once({"page": Page(url=url), "nav": nav, "base_url": "..", "config": {}}))

    first, second = page_html("articles/a/"), page_html("articles/b/")
    deeper = page_html("story/reuse/a-b/")
    in_nav = [page_html("about/"), page_html("about/")]
    assert first == second == "<nav>../../about/</nav>" and deeper == "<nav>../../../about/</nav>"
    assert in_nav == ["<nav>../about/</nav>"] * 2
    assert drawn == ["articles/a/", "story/reuse/a-b/", "about/", "about/"], "drawn once per depth"


def test_the_header_tools_are_drawn_once_per_depth_and_page_template() -> None:
    drawn: list[tuple[str, str]] = []

    def draw(context: dict[str, Any]) -> Any:
        drawn.append((context["base_url"], context["page"].meta.get("template", "")))
        yield f"<form>{context['base_url']}/search/</form>"

    draw_once = mkdocs_hook._drawn_once_per_place(draw)

    def header(base_url: str, **meta: str) -> str:
        return "".join(draw_once({"page": Page(url="x", meta=meta), "base_url": base_url}))

    assert header("../..") == header("../..") == "<form>../../search/</form>"
    assert header("..") == "<form>../search/</form>"
    header("..", template="search.html")
    assert drawn == [("../..", ""), ("..", ""), ("..", "search.html")]
