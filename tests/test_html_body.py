"""Pages marked `html_body: true` are HTML that Markdown passes through unchanged, so the MkDocs hook may
hand them to the theme without converting them (and engines without the hook convert them to the same
bytes). Every generated page is one. Checked on the seeds, on hostile text and on random text, with the
site's own Markdown setup."""

from __future__ import annotations

import shutil
from pathlib import Path

import markdown
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_hostile import HOSTILE_LINES, HOSTILE_TITLE

from generator.pipeline import analyse, render_analysis

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
STORY = ("overview", "timeline", "claims", "quotes", "framing", "reuse")
STORY_PAGES = {f"story/{name}.md" for name in STORY}
LISTINGS = {"index.md", "articles/index.md", "entities/index.md"}


def site_markdown() -> markdown.Markdown:
    """Python-Markdown with the extensions and settings of mkdocs.yml."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    names, settings_of = [], {}
    for entry in config.get("markdown_extensions", []):
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        names.append(name)
        if options:
            settings_of[name] = options
    return markdown.Markdown(extensions=names, extension_configs=settings_of)


def html_bodies(seeds: Path) -> dict[str, str]:
    """The body (after the front matter) of every generated page; a page not marked `html_body: true`
    fails: Markdown would convert it, which is what the mark avoids."""
    pages = {}
    for path, data in render_analysis(analyse(seeds)).files.items():
        if not path.endswith(".md"):
            continue
        text = data.decode("utf-8")
        front, body = text[4:].split("\n---\n", 1)
        assert (yaml.safe_load(front) or {}).get("html_body") is True, f"{path} is not marked html_body"
        pages[path] = body
    return pages


def assert_passes_through(pages: dict[str, str]) -> None:
    converter = site_markdown()
    for path, body in pages.items():
        converted = converter.reset().convert(body)
        assert converted == body.strip(), f"{path}: Markdown changes this page's HTML"


def test_every_generated_page_of_the_seeds_is_html_markdown_leaves_alone() -> None:
    pages = html_bodies(SEEDS)
    articles = [p for p in pages if p.startswith("articles/") and p != "articles/index.md"]
    assert len(articles) == len(list(SEEDS.glob("*.txt")))
    assert STORY_PAGES | LISTINGS <= set(pages)
    assert any(p.startswith("story/reuse/") for p in pages)  # a side-by-side page
    assert any(p.startswith("entities/") and p != "entities/index.md" for p in pages)
    assert_passes_through(pages)


def write_story(seeds: Path, paragraphs: list[str], title: str) -> None:
    seeds.mkdir(parents=True, exist_ok=True)
    (seeds / "story.yml").write_text("title: A test story\nsummary: Test.\n")
    (seeds / "test-report.txt").write_text("Headline line\n\n" + "\n\n".join(paragraphs) + "\n")
    (seeds / "test-report.yml").write_text(yaml.safe_dump(
        {"outlet": "Gazette <i>x</i>", "title": title, "published": "2024-01-02", "url": None}))


def write_reprint(seeds: Path, paragraphs: list[str], title: str) -> None:
    """A second outlet printing the same text a day later: a reuse pair, with its side-by-side page."""
    (seeds / "test-reprint.txt").write_text("Headline line\n\n" + "\n\n".join(paragraphs) + "\n")
    (seeds / "test-reprint.yml").write_text(yaml.safe_dump(
        {"outlet": f"Courier {title}", "title": title, "published": "2024-01-03", "url": None}))


HOSTILE_QUOTE = ('“<script>alert(4)</script> {{ 7*7 }} [x](javascript:alert(1)) *we* will | never stop,” '
                 "Mahmoud Abbas said on Thursday, and 9 people were killed in the raid.")
HOSTILE_OVERVIEW = ("# Editors <script>alert(5)</script>\n\n{{ config }} {% raw %} *em* <img src=x>\n\n"
                    "    indented code\n\n    <div>\n\n- [link](javascript:alert(1))\n\n> quote --8<-- x\n")


def test_hostile_story_pages_are_html_markdown_leaves_alone(tmp_path: Path) -> None:
    """The seeds (full story pages) with two hostile articles that quote, date, count and reprint each
    other, and a hostile editors' overview."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "overview.md").write_text(HOSTILE_OVERVIEW)
    lines = [HOSTILE_QUOTE, *HOSTILE_LINES]
    (seeds / "test-report.txt").write_text("Headline line\n\n" + "\n\n".join(lines) + "\n")
    (seeds / "test-report.yml").write_text(yaml.safe_dump(
        {"outlet": "Gazette <i>x</i>", "title": HOSTILE_TITLE, "published": "2023-01-27", "url": None}))
    write_reprint(seeds, lines, HOSTILE_TITLE)
    pages = html_bodies(seeds)
    assert "story/reuse/test-report--test-reprint.md" in pages
    for path in ("story/quotes.md", "story/timeline.md", "story/claims.md", "story/reuse.md"):
        assert "alert&#40;4&#41;" in pages[path] or "Courier &lt;img" in pages[path], path
    assert "alert(5)" in pages["story/overview.md"]
    assert_passes_through(pages)


def test_a_hostile_article_page_is_html_markdown_leaves_alone(tmp_path: Path) -> None:
    write_story(tmp_path / "seeds", HOSTILE_LINES, HOSTILE_TITLE)
    pages = html_bodies(tmp_path / "seeds")
    assert "articles/test-report.md" in pages
    assert_passes_through(pages)


LINE = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=120)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paragraphs=st.lists(LINE.filter(str.strip), min_size=1, max_size=4), title=LINE.filter(str.strip),
       overview=st.lists(LINE, max_size=4))
def test_any_generated_page_is_html_markdown_leaves_alone(tmp_path: Path, paragraphs: list[str],
                                                           title: str, overview: list[str]) -> None:
    seeds = tmp_path / "seeds"
    shutil.rmtree(seeds, ignore_errors=True)
    write_story(seeds, paragraphs, title)
    write_reprint(seeds, paragraphs, title)
    (seeds / "overview.md").write_text("\n\n".join(overview))
    pages = html_bodies(seeds)
    assert {"articles/test-report.md", "articles/test-reprint.md"} | STORY_PAGES <= set(pages)
    assert_passes_through(pages)


def test_the_hook_hands_an_html_body_to_the_theme_without_converting_it() -> None:
    from types import SimpleNamespace

    from generator import mkdocs_hook

    body = ('<h1 id="raid">Raid<a class="headerlink" href="#raid">¶</a></h1>\n'
            '<p id="p-1">*not emphasis* and [not a link](x.md)</p>\n'
            '<h2 id="sources">Sources<a class="headerlink" href="#sources">¶</a></h2>\n')
    page = SimpleNamespace(meta={"html_body": True}, file=SimpleNamespace(src_uri="articles/raid.md"))
    assert mkdocs_hook.on_page_markdown(body, page, None, None) == ""
    page.render(None, None)  # what MkDocs calls next: no Markdown converter is made
    assert page.content == "" and not page.toc and page.present_anchor_ids == set()
    assert mkdocs_hook.on_page_content(page.content, page, None, None) == body.strip()
    assert page.present_anchor_ids == {"raid", "p-1", "sources"}
    assert [(item.title, [child.title for child in item.children]) for item in page.toc] == [
        ("Raid", ["Sources"])]


def test_an_article_in_another_language_is_marked_with_it_and_its_direction_found_from_its_text(
        tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    write_story(seeds, ["السلطة الفلسطينية تعلن وقف التنسيق الأمني.", "Officials said 9 people died."],
                "عنوان المقال")
    meta = seeds / "test-report.yml"
    meta.write_text(meta.read_text() + "language: ar\n")
    page = html_bodies(seeds)["articles/test-report.md"]
    assert '<h1 id="headline" lang="ar" dir="auto">عنوان المقال' in page
    assert '<div class="article-body" lang="ar" dir="auto"' in page
    assert_passes_through({"articles/test-report.md": page})
