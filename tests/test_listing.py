"""The article and entity lists: paginated when the story is long, and every page of them a real table."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import markdown
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import make_corpus, write_corpus  # noqa: E402
from generator.model import LIST_PAGE_NAME, Entity  # noqa: E402
from generator.pipeline import analyse, render_analysis  # noqa: E402
from generator.prepare import prepare_story  # noqa: E402
from generator.read import read_story  # noqa: E402
from generator.render.entities import index_pages as entity_index_pages  # noqa: E402
from generator.render.listing import PER_PAGE, index_pages  # noqa: E402

N = PER_PAGE + 37


def site_markdown(text: str) -> str:
    """Convert a page the way the site does: the Markdown extensions of mkdocs.yml, front matter dropped."""
    extensions = yaml.safe_load((ROOT / "mkdocs.yml").read_text())["markdown_extensions"]
    names = [e if isinstance(e, str) else next(iter(e)) for e in extensions]
    body = text.split("\n---\n", 1)[1]
    return markdown.markdown(body, extensions=names)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("long-story")
    write_corpus(make_corpus(N), folder)
    story, _ = prepare_story(read_story(folder))
    assert len(story.articles) == N
    return {name: site_markdown(text) for name, text in index_pages(story).items()}


def test_a_long_story_is_split_into_pages_of_a_table_each(pages: dict[str, str]) -> None:
    assert sorted(pages) == ["articles/index.md", "articles/page-2.md"]
    for name, expected_rows in (("articles/index.md", PER_PAGE), ("articles/page-2.md", N - PER_PAGE)):
        html = pages[name]
        assert html.count("<table>") == 1, name
        body = html.split("<tbody>", 1)[1]
        assert body.count("<tr>") == expected_rows, name


def test_each_page_links_the_others_and_marks_itself(pages: dict[str, str]) -> None:
    first, second = pages["articles/index.md"], pages["articles/page-2.md"]
    # The addresses the pages are served at: /articles/ and /articles/page-2/.
    assert re.search(r'Pages: <strong>1</strong> · <a href="page-2/">2</a>', first)
    assert re.search(r'Pages: <a href="../">1</a> · <strong>2</strong>', second)


def test_article_links_lead_from_each_page_to_the_articles(pages: dict[str, str]) -> None:
    first, second = pages["articles/index.md"], pages["articles/page-2.md"]
    assert re.search(r'<td><a href="[a-z0-9-]+/">', first) and not re.search(r'href="\.\./[a-z]', first)
    assert re.search(r'<td><a href="\.\./[a-z0-9-]+/">', second)


def test_every_page_of_the_list_has_a_name_no_article_or_entity_may_take(pages: dict[str, str]) -> None:
    # read and knowledge refuse an article slug or entity id of LIST_PAGE_NAME's form, so that no page can be
    # written over the list; that holds only while the list's pages are named that way
    names = [Path(path).stem for path in pages]
    assert len(names) == 2
    assert all(LIST_PAGE_NAME.fullmatch(name) for name in names)


def test_a_page_rendered_over_another_is_an_error_not_a_lost_page(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # what the read stage's refusal prevents, if a later change let such a name through: an article named
    # `index` would replace the list of articles, and render says so rather than keep one of the two
    for seed in (ROOT / "seeds").iterdir():
        shutil.copy(seed, tmp_path / seed.name)
    first = sorted(tmp_path.glob("*.txt"))[0].stem
    for suffix in (".txt", ".yml"):
        (tmp_path / f"{first}{suffix}").rename(tmp_path / f"index{suffix}")
    monkeypatch.setattr("generator.read.LIST_PAGE_NAME", re.compile("(?!)"))  # a name never refused
    analysis = analyse(tmp_path)
    assert "index" in analysis.annotations
    with pytest.raises(ValueError, match="articles/index.md"):
        render_analysis(analysis)


def test_a_long_knowledge_base_lists_its_entities_on_pages_of_a_table_each() -> None:
    # a knowledge base grows with the story too: its list stays as bounded as the list of articles
    entities = [Entity(f"person-{i:03}", f"Person {i:03}", "person", f"Witness number {i}") for i in range(N)]
    counts = {"person-000": 7}
    pages = {name: site_markdown(text) for name, text in entity_index_pages(entities, counts).items()}
    assert sorted(pages) == ["entities/index.md", "entities/page-2.md"]
    first, second = pages["entities/index.md"], pages["entities/page-2.md"]
    assert first.split("<tbody>", 1)[1].count("<tr>") == PER_PAGE
    assert second.split("<tbody>", 1)[1].count("<tr>") == N - PER_PAGE
    assert '<td><a href="person-000/">Person 000</a></td><td>person</td><td>Witness number 0</td>' \
           '<td style="text-align: right">7</td>' in first
    # each entity's page is served at /entities/<id>/, the second page of the list at /entities/page-2/
    assert f'<td><a href="../person-{PER_PAGE}/">Person {PER_PAGE}</a>' in second
    assert re.search(r'Pages: <strong>1</strong> · <a href="page-2/">2</a>', first)
    assert re.search(r'Pages: <a href="../">1</a> · <strong>2</strong>', second)
    assert f"The {N} people, organisations" in first and "Pages:" in second


def test_a_short_knowledge_base_has_one_list_without_pages() -> None:
    entities = [Entity("solo", "Solo", "organisation", "The only one")]
    pages = entity_index_pages(entities, {})
    assert list(pages) == ["entities/index.md"]
    assert "Pages:" not in pages["entities/index.md"]
