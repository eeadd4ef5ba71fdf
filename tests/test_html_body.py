"""Pages marked `html_body: true` are HTML that Markdown passes through unchanged, so the MkDocs hook may
hand them to the theme without converting them (and engines without the hook convert them to the same
bytes). Checked on the seeds, on hostile text and on random text, with the site's own Markdown setup."""

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
    """The body (after the front matter) of every page the generator marks `html_body: true`."""
    pages = {}
    for path, data in render_analysis(analyse(seeds)).files.items():
        if not path.endswith(".md"):
            continue
        text = data.decode("utf-8")
        front, body = text[4:].split("\n---\n", 1)
        if (yaml.safe_load(front) or {}).get("html_body") is True:
            pages[path] = body
    return pages


def assert_passes_through(pages: dict[str, str]) -> None:
    converter = site_markdown()
    for path, body in pages.items():
        converted = converter.reset().convert(body)
        assert converted == body.strip(), f"{path}: Markdown changes this page's HTML"


def test_every_article_page_of_the_seeds_is_html_markdown_leaves_alone() -> None:
    pages = html_bodies(SEEDS)
    assert len([p for p in pages if p.startswith("articles/")]) == len(list(SEEDS.glob("*.txt")))
    assert_passes_through(pages)


def write_story(seeds: Path, paragraphs: list[str], title: str) -> None:
    seeds.mkdir(parents=True, exist_ok=True)
    (seeds / "story.yml").write_text("title: A test story\nsummary: Test.\n")
    (seeds / "test-report.txt").write_text("Headline line\n\n" + "\n\n".join(paragraphs) + "\n")
    (seeds / "test-report.yml").write_text(yaml.safe_dump(
        {"outlet": "Gazette <i>x</i>", "title": title, "published": "2024-01-02", "url": None}))


def test_a_hostile_article_page_is_html_markdown_leaves_alone(tmp_path: Path) -> None:
    write_story(tmp_path / "seeds", HOSTILE_LINES, HOSTILE_TITLE)
    pages = html_bodies(tmp_path / "seeds")
    assert pages
    assert_passes_through(pages)


LINE = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=120)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paragraphs=st.lists(LINE.filter(str.strip), min_size=1, max_size=4), title=LINE.filter(str.strip))
def test_any_article_page_is_html_markdown_leaves_alone(tmp_path: Path, paragraphs: list[str],
                                                         title: str) -> None:
    seeds = tmp_path / "seeds"
    shutil.rmtree(seeds, ignore_errors=True)
    write_story(seeds, paragraphs, title)
    pages = html_bodies(seeds)
    assert "articles/test-report.md" in pages
    assert_passes_through(pages)
