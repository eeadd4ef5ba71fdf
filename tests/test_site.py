"""End to end: the seeds built with `mkdocs build --strict`, read back from the built HTML."""

from __future__ import annotations

import json
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
