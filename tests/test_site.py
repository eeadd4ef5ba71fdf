"""End to end: the seeds built with `mkdocs build --strict`, read back from the built HTML."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from sitebuild import SEEDS, build_site, texts_of

from generator.pipeline import analyse


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("site")
    done = build_site(workdir)
    assert done.returncode == 0, done.stderr[-4000:]
    return workdir / "site"


@pytest.fixture(scope="module")
def analysis():
    return analyse(SEEDS)


def page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def test_every_seed_becomes_an_article(analysis):
    assert analysis.errors == ()
    assert len(analysis.story.articles) == len(list(SEEDS.glob("*.txt")))


def test_each_article_page_has_every_kept_paragraph_in_order(built, analysis):
    for article in analysis.story.articles:
        shown = texts_of(page(built, f"articles/{article.id}"), "para")
        assert shown == [" ".join(p.split()) for p in article.shown_paragraphs], article.id


def test_article_pages_keep_the_outlets_quotation_marks(built, analysis):
    """The analysis reads straight quotes; the page shows the curly ones the outlet typed."""
    curly = [a for a in analysis.story.articles if "\u201c" in a.seed.raw.decode()]
    assert curly
    for article in curly:
        shown = " ".join(texts_of(page(built, f"articles/{article.id}"), "para"))
        assert "\u201c" in shown and "\u201d" in shown, article.id


def test_the_dek_is_the_first_paragraph_shown_once_and_annotated(built, analysis):
    with_dek = [a for a in analysis.story.articles if a.text.paragraphs and a.text.paragraphs[0].lead]
    assert len(with_dek) >= 3
    for article in with_dek:
        html = page(built, f"articles/{article.id}")
        dek = " ".join(article.shown_paragraphs[0].split())
        assert texts_of(html, "article-dek") == [dek], article.id
        assert texts_of(html, "para")[0] == dek, article.id
        # not again among the header lines kept out of the article
        assert f"<td>{article.text.paragraphs[0].line}</td>" not in html, article.id
    # The Palestinian spokesman's words in WIN's dek are a quote, marked as in the body.
    win = next(a for a in with_dek if a.id.startswith("worldisraelnews"))
    first = page(built, f"articles/{win.id}").split('id="p-1"', 1)[1].split("</p>", 1)[0]
    assert "ann ann-quote" in first, first[:400]


def test_no_removed_line_is_in_the_article_text(built, analysis):
    for article in analysis.story.articles:
        shown = set(texts_of(page(built, f"articles/{article.id}"), "para"))
        for removed in article.text.removed:
            # A removed caption may repeat words of the story (a name); it must not be a paragraph.
            assert " ".join(removed.text.split()) not in shown, (article.id, removed)


def test_removed_lines_are_listed_with_reasons_and_the_raw_text_is_served(built, analysis):
    for article in analysis.story.articles:
        html = page(built, f"articles/{article.id}")
        assert "removed-lines" in html
        assert (built / "raw" / article.seed.name).read_bytes() == (SEEDS / article.seed.name).read_bytes()
        assert f"../../raw/{article.seed.name}" in html


def test_article_page_metadata_comes_from_the_article(built, analysis):
    article = analysis.story.articles[0]
    html = page(built, f"articles/{article.id}")
    assert '<meta property="og:title"' in html and '<meta name="description"' in html
    assert '"@type": "NewsArticle"' in html
    assert article.meta.outlet in html


def test_home_lists_every_source(built, analysis):
    html = (built / "index.html").read_text()
    for article in analysis.story.articles:
        assert f'href="articles/{article.id}/"' in html


def test_story_json_matches_its_published_schema(built):
    data = json.loads((built / "data" / "story.json").read_text())
    schema = json.loads((built / "data" / "story.schema.json").read_text())
    jsonschema.validate(data, schema)
    assert {a["seed"] for a in data["articles"]} == {p.name for p in SEEDS.glob("*.txt")}


def test_site_loads_nothing_from_outside(built):
    for html_file in built.rglob("*.html"):
        html = html_file.read_text()
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, html_file


def test_two_builds_are_byte_identical(built, tmp_path):
    again = build_site(tmp_path)
    assert again.returncode == 0, again.stderr[-3000:]
    first = {p.relative_to(built): p.read_bytes() for p in built.rglob("*") if p.is_file()}
    rebuilt = tmp_path / "site"
    second = {p.relative_to(rebuilt): p.read_bytes() for p in rebuilt.rglob("*") if p.is_file()}
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def test_atom_feed_lists_the_articles_with_absolute_ids(built, analysis):
    import xml.etree.ElementTree as ET

    feed = ET.parse(built / "feed.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    ids = [e.findtext("a:id", namespaces=ns) for e in feed.findall("a:entry", ns)]
    assert len(ids) == len(analysis.story.articles)
    assert all(i.startswith("https://") and "/articles/" in i for i in ids)
    assert (built / "sitemap.xml").exists()


# --- the table of contents of pages whose body MkDocs does not convert (`html_body`) ---------------------


def content(html: str) -> str:
    return html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]


def toc_entries(html: str) -> list[tuple[int, str, str]]:
    """(depth, anchor, name) of each entry of the "On this page" sidebar."""
    sidebar = html.split('<div class="md-sidebar md-sidebar--secondary"', 1)[1]
    sidebar = sidebar.split('<div class="md-content"', 1)[0]
    entries, depth = [], 0
    for match in re.finditer(r'<ul class="md-nav__list"|</ul>|<a href="#([^"]+)" class="md-nav__link">\s*'
                             r'<span class="md-ellipsis">\s*(.*?)\s*</span>', sidebar, re.S):
        if match.group(0).startswith("<ul"):
            depth += 1
        elif match.group(0) == "</ul>":
            depth -= 1
        else:
            entries.append((depth, match.group(1), match.group(2)))
    return entries


def test_the_timeline_lists_its_days_and_events_on_this_page(built: Path) -> None:
    html = (built / "story" / "timeline" / "index.html").read_text(encoding="utf-8")
    headings = re.findall(r'<h([23]) id="([^"]+)">(.*?)<a class="headerlink" href="#\2" '
                          r'title="Permanent link">&para;</a></h\1>', content(html))
    assert len(headings) >= 4 and {level for level, _, _ in headings} == {"2", "3"}
    # Days nest their events, as the toc extension nested them; the page's h1 is left out, as Material does.
    assert toc_entries(html) == [(int(level) - 1, anchor, name) for level, anchor, name in headings]
    assert 'class="md-skip"' in html and 'href="#timeline"' in html


def test_every_story_page_has_a_table_of_contents_and_every_page_a_skip_link(built: Path) -> None:
    for name in ("overview", "claims", "quotes", "framing", "reuse"):
        html = (built / "story" / name / "index.html").read_text(encoding="utf-8")
        assert toc_entries(html), name
    entity = next((built / "entities").glob("*/index.html")).read_text(encoding="utf-8")
    assert [anchor for _, anchor, _ in toc_entries(entity)] == ["spellings-and-aliases", "quotes", "mentions"]
    article = next((built / "articles").glob("*/index.html")).read_text(encoding="utf-8")
    assert 'data-md-type="toc" hidden' in article  # the contents sidebar stays hidden (hide: [toc])...
    for page in (article, (built / "index.html").read_text(encoding="utf-8"),
                 (built / "articles" / "index.html").read_text(encoding="utf-8")):
        assert 'class="md-skip"' in page  # ...but "Skip to content", made from the headings, is there
