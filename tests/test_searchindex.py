"""The search index (`generator/searchindex.py`): Pagefind indexes a built site, the pages decide what goes
in, the same site gives the same bytes, and a failure says what went wrong. Then the seeds' site, built as a
contributor builds it: every article is indexed with its own words only."""

from __future__ import annotations

import gzip
import json
import logging
import re
import shutil
import stat
from pathlib import Path
from typing import Any

import pytest
from sitebuild import build_site

from generator import mkdocs_hook
from generator.cli import main
from generator.pipeline import analyse
from generator.render.inline import Mark, build_tree, number_tips, tree_html
from generator.searchindex import BUNDLE, SearchIndexError, index_site

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - Test</title>
<meta property="og:title" content="{title}" data-pagefind-meta="title[content]"></head>
<body><header>Header words everywhere</header><nav>Navigation words everywhere</nav>
<article><div data-pagefind-body>{body}</div></article><footer>Footer words everywhere</footer></body></html>
"""
ARTICLE = """<h1 id="headline">Harbour reopens after the storm</h1>
<aside class="comparison-sidebar" data-pagefind-ignore>Sidebar comparison words</aside>
<div class="ann-controls">Legend words</div>
<p class="para" id="p-1"><a class="para-anchor" href="#p-1" data-pagefind-ignore>¶1</a> The harbour master
<span class="ann ann-entity" tabindex="0">Anton Verhoeven<span class="ann-tip" role="tooltip">Tooltip
zebrafish</span></span> said ships would sail by the weekend.</p>
<div class="article-body" data-pagefind-meta="names:Anton Verhoeven, Anton Verhoven"></div>
<details class="removed-lines" data-pagefind-ignore>Removed caption words</details>
"""
WORD = re.compile(r"\w+")
SITE = {
    "index.html": PAGE.format(title="Home", body="<h1>Home</h1><p>Welcome to the harbour story.</p>"),
    "articles/harbour/index.html": PAGE.format(title="Harbour reopens after the storm", body=ARTICLE),
    "search/index.html": PAGE.format(title="Search", body="").replace("data-pagefind-body", "class=x"),
}


def write_site(folder: Path, pages: dict[str, str] = SITE) -> Path:
    for name, html in pages.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(html, encoding="utf-8")
    return folder


def decoded(path: Path) -> bytes:
    """A Pagefind file's bytes: gzip, then a `pagefind_dcd` signature."""
    return gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd")


def fragments(bundle: Path) -> dict[str, dict[str, Any]]:
    """What each indexed page shows in results (its text, title, filters), by URL."""
    found = (json.loads(decoded(path)) for path in sorted((bundle / "fragment").iterdir()))
    return {fragment["url"]: fragment for fragment in found}


def index_words(bundle: Path) -> bytes:
    """The words of the index, as the chunks the browser fetches hold them (CBOR text strings)."""
    return b"".join(decoded(path) for path in sorted((bundle / "index").iterdir()))


def cbor(data: bytes, at: int = 0) -> tuple[Any, int]:
    """The CBOR item at `at` in `data` and where the next begins: the integers, strings, arrays and maps of
    Pagefind's files (no tags or floats)."""
    major, info = data[at] >> 5, data[at] & 31
    at += 1
    if info >= 24:
        size = 1 << (info - 24)
        info, at = int.from_bytes(data[at:at + size], "big"), at + size
    if major in (0, 1):
        return (info if major == 0 else -1 - info), at
    if major in (2, 3):
        raw = data[at:at + info]
        return (raw.decode() if major == 3 else raw), at + info
    items = []
    for _ in range(info * (2 if major == 5 else 1)):
        item, at = cbor(data, at)
        items.append(item)
    return (items if major == 4 else dict(zip(items[::2], items[1::2], strict=True))), at


def word_pages(bundle: Path) -> dict[str, int]:
    """Each word of the index and on how many pages it is: what a search finds, whatever the page numbers."""
    found: dict[str, int] = {}
    for path in sorted((bundle / "index").iterdir()):
        for word, pages, *_ in cbor(decoded(path))[0][0]:
            found[word] = len(pages)
    return found


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_the_page_content_is_indexed_and_nothing_around_it(tmp_path: Path) -> None:
    site = write_site(tmp_path)
    index = index_site(site)
    assert index.folder == site / BUNDLE and (site / BUNDLE / "pagefind-entry.json").is_file()
    assert index.pages == 2, "the search page marks no content: not a result"
    shown = fragments(site / BUNDLE)
    assert sorted(shown) == ["/", "/articles/harbour/"]
    article = shown["/articles/harbour/"]
    assert article["meta"]["title"] == "Harbour reopens after the storm"
    assert "The harbour master Anton Verhoeven said ships would sail by the weekend." in article["content"]
    for left_out in ("Header", "Navigation", "Footer", "Sidebar", "Legend", "¶1", "Tooltip", "Removed"):
        assert left_out not in article["content"], left_out
    words = index_words(site / BUNDLE)
    assert b"verhoeven" in words and b"harbour" in words
    assert b"verhoven" in words, "a spelling in the page's `names` metadata is searchable"
    assert b"zebrafish" not in words and b"sidebar" not in words and b"navigation" not in words


def test_annotations_leave_the_article_spacing_as_it_is(tmp_path: Path) -> None:
    # Each tooltip has an id; Pagefind turns an element with an id into an anchor with a space each side,
    # unless the element is data-pagefind-ignore: the excerpt showed "Jisr Badr , including".
    text = ('Near Jisr Badr, including "Israel\'s army", it killed 12 terrorists. '
            '(Israel) said so on 3 May.')
    def mark(phrase: str, kind: str, tip: str, href: str | None = None, after: int = 0) -> Mark:
        start = text.index(phrase, after)
        return Mark(start, start + len(phrase), kind, tip, href)

    marks = [mark("Jisr Badr", "entity", "Jisr Badr (place): A town.", "../../entities/jisr-badr/"),
             mark("Israel's army", "quote", "Quote, unattributed"),  # inside the quotation marks
             mark("Israel", "entity", "Israel (country)", "../../entities/israel/"),
             mark("12 terrorists", "figure", "Figure: 12 killed"),  # a term nested in a figure
             mark("terrorists", "term", "Framing: terrorists"),
             mark("Israel", "entity", "Israel (country)", "../../entities/israel/", text.index("(")),
             mark("3 May", "date", "Date: Sat 03 May 2025.")]
    paragraph = tree_html(number_tips(build_tree(text, marks), "t1"))
    assert paragraph.count('class="ann-tip"') == len(marks)
    body = f'<h1>Raid</h1><p class="para" id="p-1">{paragraph}</p>'
    site = write_site(tmp_path, {**SITE, "articles/raid/index.html": PAGE.format(title="Raid", body=body)})
    index_site(site)
    content = fragments(site / BUNDLE)["/articles/raid/"]["content"]
    assert content == f"Raid. {text}"
    assert "Jisr Badr, including" in content and "Framing" not in content


def test_the_same_site_gives_the_same_index(tmp_path: Path) -> None:
    first, second = write_site(tmp_path / "one"), write_site(tmp_path / "two")
    index_site(first)
    index_site(second)
    assert files(first / BUNDLE) == files(second / BUNDLE)


def test_an_earlier_index_is_replaced_not_added_to(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site")
    index_site(site)
    changed = {**SITE, "index.html": SITE["index.html"].replace("Welcome", "Farewell")}
    write_site(site, changed)
    index_site(site)
    fresh = write_site(tmp_path / "fresh", changed)
    index_site(fresh)
    assert sorted(files(site / BUNDLE)) == sorted(files(fresh / BUNDLE))


def test_a_folder_that_is_not_a_built_site_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SearchIndexError, match="no index.html.*build it first"):
        index_site(tmp_path)
    assert not (tmp_path / BUNDLE).exists()


def test_a_missing_binary_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))
    with pytest.raises(SearchIndexError, match="could not index"):
        index_site(write_site(tmp_path / "site"))


def test_a_failing_pagefind_is_reported_with_its_output(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "pagefind"
    broken.write_text("#!/bin/sh\necho 'Error: the index could not be written' >&2\nexit 3\n")
    broken.chmod(broken.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(broken))
    with pytest.raises(SearchIndexError, match=r"(?s)exit status 3.*could not be written"):
        index_site(write_site(tmp_path / "site"))


def test_the_command_line_indexes_a_built_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = write_site(tmp_path / "site")
    assert main(["search-index", str(site)]) == 0
    assert "Pagefind indexed 2 pages" in capsys.readouterr().out
    assert main(["search-index", str(tmp_path / "nothing")]) == 1
    assert "error:" in capsys.readouterr().err


def test_the_hook_indexes_after_each_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           caplog: pytest.LogCaptureFixture) -> None:
    from mkdocs.exceptions import Abort

    site = write_site(tmp_path / "site")
    mkdocs_hook.on_post_build({"site_dir": str(site)})
    assert (site / BUNDLE / "pagefind-entry.json").is_file()
    shutil.rmtree(site)
    with pytest.raises(Abort, match="search index was not built"):
        mkdocs_hook.on_post_build({"site_dir": str(site)})
    monkeypatch.setattr(mkdocs_hook, "_serving", True)  # `mkdocs serve` reports it and goes on serving
    with caplog.at_level(logging.ERROR):
        mkdocs_hook.on_post_build({"site_dir": str(site)})
    assert "search index was not built" in caplog.text


@pytest.mark.slow
def test_every_article_of_the_seeds_is_indexed_with_its_own_words(tmp_path: Path) -> None:
    done = build_site(tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    shown = fragments(tmp_path / "site" / BUNDLE)
    assert "/search/" not in shown and "/404.html" not in shown
    for article in analyse(Path(__file__).resolve().parent.parent / "seeds").story.articles:
        fragment = shown.get(f"/articles/{article.id}/")
        assert fragment is not None, f"{article.id} is not in the search index"
        assert fragment["meta"]["title"] == article.meta.title
        content = fragment["content"]
        opening = WORD.findall(article.paragraphs[0])[:8]
        assert " ".join(opening) in " ".join(WORD.findall(content)), (article.id, opening)
        # Not the ¶ anchors, the tooltips, the sidebar, the legend or the removed lines.
        for left_out in ("¶", "Also written", "Compared with", "Show annotations", "Lines removed"):
            assert left_out not in content, (article.id, left_out)
