"""The story pages and the sidebar, rendered from the comparisons of the test story (explosion.yml) and of
hostile and large corpora: what they show, where they link, that article text stays text, and that they
stay bounded in size."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html import unescape
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath

import pytest
from compare_helpers import Annotate, entity, knowledge, load_corpus, make_article
from sitebuild import broken_links

from generator.compare import Comparisons, compare
from generator.model import Annotations, Article, KnowledgeBase, Story
from generator.render import story_pages
from generator.render.sidebar import MAX_VALUES, render_sidebar
from generator.render.story_pages import render_story_pages

WIRE, RIVER, HARBOUR = "wire-agency-explosion", "river-daily-blast", "harbour-times-factory"
Rendered = tuple[Story, Comparisons, dict[str, str]]
PAGES = ("overview", "timeline", "claims", "quotes", "framing", "reuse")


def story_of(articles: tuple[Article, ...], kb: KnowledgeBase, overview: str | None = None) -> Story:
    return Story("A test story", "What happened.", overview, kb, articles)


@pytest.fixture(scope="module")
def rendered() -> tuple[Story, Comparisons, dict[str, str]]:
    corpus = load_corpus("explosion")
    story = story_of(corpus.articles, corpus.kb, "The *editors'* summary.")
    comparisons = compare(corpus.articles, corpus.annotations, corpus.kb)
    return story, comparisons, render_story_pages(story, corpus.annotations, comparisons)


def to_html(page: str) -> str:
    """The page's HTML: its body, which the MkDocs hook hands to the theme as it is (`html_body`; Markdown
    would leave it unchanged, see test_html_body.py)."""
    return page.split("\n---\n", 1)[1].strip() if page.startswith("---\n") else page


def address(path: str) -> str:
    """The address a page is served at (use_directory_urls): `story/claims.md` -> `story/claims/`."""
    return path.removesuffix(".md").removesuffix("index") + "/"


class Elements(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        found = dict(attrs).get("id")
        if found:
            self.ids.add(found)


def test_every_story_page_and_the_pair_page_exist(rendered: Rendered) -> None:
    _, _, pages = rendered
    assert set(pages) == {f"story/{p}.md" for p in PAGES} | {f"story/reuse/{RIVER}--{WIRE}.md"}
    for page in pages.values():
        assert page.startswith("---\ntitle: ")


def test_links_between_story_pages_reach_their_anchors(rendered: Rendered) -> None:
    """Links are the built site's addresses, relative to the address each page is served at."""
    story, _, pages = rendered
    ids = {address(path): Elements(to_html(page)).ids for path, page in pages.items()}
    paragraphs = {a.id: len(a.paragraphs) for a in story.articles}
    entities = {e.id for e in story.knowledge.entities}
    for path, page in pages.items():
        for tag, attributes in Elements(to_html(page)).tags:
            target = attributes.get("href") if tag == "a" else None
            if not target or target.startswith("#"):
                continue
            link = target.split("#")[0]
            resolved = str(PurePosixPath(*_normalised(f"{address(path)}{link}".split("/"))))
            resolved += "/" if link.endswith("/") else ""
            anchor = target.split("#")[1] if "#" in target else None
            if resolved.startswith("articles/"):
                article = resolved.removeprefix("articles/").removesuffix("/")
                assert article in paragraphs and resolved.endswith("/"), (path, target)
                if anchor:
                    assert 1 <= int(anchor.removeprefix("p-")) <= paragraphs[article], target
            elif resolved.startswith("story/"):
                assert resolved in ids, (path, target)
                assert anchor is None or anchor in ids[resolved], (path, target)
            elif resolved.startswith("entities/"):
                assert resolved.removeprefix("entities/").removesuffix("/") in entities, (path, target)
            else:
                assert resolved == "data/story.json", (path, target)


def _normalised(parts: list[str]) -> list[str]:
    kept: list[str] = []
    for part in parts:
        if part == "..":
            kept.pop()
        elif part not in ("", "."):
            kept.append(part)
    return kept


def test_claims_matrix_marks_the_odd_value(rendered: Rendered) -> None:
    _, _, pages = rendered
    html = to_html(pages["story/claims.md"])
    assert "<table>" in html
    assert "<mark>≠ 14</mark>" in html  # harbour's 14 against the others' 12
    assert "≠ conflict" in html and "breakdowns differ" in html
    assert 'id="name-ingrid-kovalenko"' in html and "Kowalenko" in html


def test_quotes_page_shows_the_word_diff(rendered: Rendered) -> None:
    _, _, pages = rendered
    html = to_html(pages["story/quotes.md"])
    assert '<del title="left out">we</del>' in html and '<ins title="added">the</ins>' in html
    assert 'href="../../entities/dana-whitfield/"' in html


def test_charts_are_svg_with_a_text_alternative_and_theme_colours(rendered: Rendered) -> None:
    _, _, pages = rendered
    for path in ("story/framing.md", "story/reuse.md"):
        parser = Elements(to_html(pages[path]))
        svgs = [attrs for tag, attrs in parser.tags if tag == "svg"]
        assert svgs and all(a.get("role") == "img" and a.get("aria-labelledby") for a in svgs)
        for label in svgs[0]["aria-labelledby"].split():  # type: ignore[union-attr]
            assert label in parser.ids
        styles = " ".join(a.get("style") or "" for _, a in parser.tags)
        assert "var(--md-" in styles and not re.search(r"#[0-9a-fA-F]{3,6}\b|rgb\(", styles)
    assert "<table>" in to_html(pages["story/framing.md"])  # the same numbers as a table


def test_pair_page_aligns_passages_and_marks_differences(rendered: Rendered) -> None:
    _, _, pages = rendered
    page = pages[f"story/reuse/{RIVER}--{WIRE}.md"]
    assert page.count('<table class="cmp-side-by-side">') == 2
    assert '<del title="only in River">an accident</del>' in page
    assert '<ins title="only in Wire">a disaster</ins>' in page
    assert f'href="../../../articles/{WIRE}/#p-4"' in page


def test_sidebar_of_the_article_that_differs(rendered: Rendered) -> None:
    story, comparisons, _ = rendered
    html = render_sidebar(HARBOUR, comparisons, story)
    parser = Elements(html)
    hrefs = [a["href"] or "" for tag, a in parser.tags if tag == "a"]
    text = unescape(html)
    assert "≠ Conflict" in text and "14 killed" in text and "12: Wire, River, Valley" in text
    assert "#p-1" in hrefs and "../../story/claims/#fig-killed-attack-worker" in hrefs
    assert "../../story/timeline/#date-announcement-2024-03-06" in hrefs
    assert "../../story/claims/#institution-court-regional-labour-court-supreme-labour-court" in hrefs
    assert "../../entities/supreme-labour-court/" in hrefs  # only this article names it
    assert all(h.startswith(("#p-", "../../")) for h in hrefs)
    assert not html.lstrip().startswith("<aside")  # the article page provides the <aside>


def test_sidebar_of_the_reprint_links_the_side_by_side_page(rendered: Rendered) -> None:
    story, comparisons, _ = rendered
    html = render_sidebar(RIVER, comparisons, story)
    assert f'href="../../story/reuse/{RIVER}--{WIRE}/"' in html
    assert "shared with Wire" in unescape(html)
    assert "Compare wordings" in html and f"../../story/quotes/#quote-{WIRE}-q1" in html


HOSTILE = ("<script>alert(1)</script> {{ config }} {% raw %} [x](javascript:alert(1)) | cell | *em* "
           "<img src=x>")


SAFE_TAGS = set("p a h1 h2 h3 ul li span strong em mark table thead tbody tr th td del ins blockquote "
                "section figure figcaption svg title desc text rect line hr code".split())


def test_article_text_stays_text() -> None:
    paragraphs = [
        f"“{HOSTILE} we will never stop,” said Mayor Evil Person. 3 people were killed in the raid.",
        f"“{HOSTILE} we will never stop,” Evil Person said."]
    a = make_article("bad-news", paragraphs, outlet=f"Outlet {HOSTILE}")
    b = make_article("worse-news", paragraphs, outlet="Plain Outlet")
    annotations = {
        art.id: Annotate(art).quote(f"{HOSTILE} we will never stop", "evil").mention("Evil Person", "evil")
                             .figure("3 people were killed", 3, "killed", "people").build()
        for art in (a, b)}
    kb = knowledge(entity("evil", f"Evil {HOSTILE}"))
    story = story_of((a, b), kb, overview=f"Editors {HOSTILE}")
    comparisons = compare((a, b), annotations, kb)
    outputs = [*render_story_pages(story, annotations, comparisons).values(),
               render_sidebar("bad-news", comparisons, story)]
    for output in outputs:
        html = to_html(output) if output.startswith("---") else output
        assert "<script" not in html and "<img" not in html and 'href="javascript' not in html
        assert "{{" not in output and "{%" not in output
        tags = {tag for tag, _ in Elements(html).tags}
        assert tags <= SAFE_TAGS


def large_corpus(n: int) -> tuple[tuple[Article, ...], dict[str, Annotations]]:
    """`n` articles, each giving a toll for the raid (values in conflict) and sharing a wire paragraph."""
    wire = ("Security forces raided the northern district before dawn on Monday, officials said, and the "
            "operation lasted several hours according to witnesses who spoke to reporters at the scene.")
    articles, annotations = [], {}
    for number in range(n):
        own = f"In the raid {number % 7 + 3} people were killed, said source number {number}."
        article = make_article(f"outlet{number:04d}-report", [own, wire, f"Unrelated closing line {number}."])
        articles.append(article)
        annotations[article.id] = (Annotate(article)
                                   .figure(f"{number % 7 + 3} people were killed", number % 7 + 3, "killed")
                                   .build())
    return tuple(articles), annotations


def test_pages_stay_bounded_however_many_articles() -> None:
    sizes = {}
    for n in (60, 180):
        articles, annotations = large_corpus(n)
        comparisons = compare(articles, annotations, knowledge())
        story = story_of(articles, knowledge())
        pages = render_story_pages(story, annotations, comparisons)
        claims = pages["story/claims.md"]
        header = next(line for line in claims.splitlines() if '<th scope="col">Claim</th>' in line)
        assert header.count('href="../../articles/') <= story_pages.MAX_COLUMNS
        reuse = pages["story/reuse.md"]
        assert reuse.count("<rect") <= story_pages.MAX_HEAT ** 2
        assert reuse.count("\n<tr><td><a ") <= story_pages.MAX_PAIRS
        assert len(pages) <= len(PAGES) + story_pages.MAX_PAIR_PAGES
        sidebar = render_sidebar(articles[0].id, comparisons, story)
        assert sidebar.count("<li") <= 7 * 10
        sizes[n] = sum(len(p) for p in pages.values()) + len(sidebar)
    assert sizes[180] < sizes[60] * 2  # three times the articles, not three times the pages



def test_sidebar_lists_a_few_values_of_a_disputed_figure_and_counts_the_rest() -> None:
    articles, annotations = large_corpus(60)  # seven different tolls, each given by several articles
    story = story_of(articles, knowledge())
    text = unescape(render_sidebar(articles[0].id, compare(articles, annotations, knowledge()), story))
    others = re.search(r'<span class="cmp-detail">Others: (.*?)</span>', text)
    assert others, text
    listed = re.findall(r"(?:^|; )(\d+): ", others.group(1))
    assert len(listed) == MAX_VALUES, others.group(1)
    assert "and 4 other values" in others.group(1)  # 7 tolls, each given by other articles: 3 listed


def test_sidebar_gives_no_agreement_badge_to_a_figure_no_other_article_gives() -> None:
    lone = make_article("lone-report", ["In the raid 12 people were killed, a doctor said."])
    other = make_article("other-report", ["Officials met on Monday to discuss the raid."], "2024-03-07")
    annotations = {lone.id: Annotate(lone).figure("12 people were killed", 12, "killed").build(),
                   other.id: Annotate(other).build()}
    story = story_of((lone, other), knowledge())
    html = render_sidebar(lone.id, compare((lone, other), annotations, knowledge()), story)
    assert "12 killed" in unescape(html)
    assert "Agrees" not in html and "Conflict" not in html
    assert "No other article gives it." in unescape(html)


def test_sidebar_does_not_grow_with_the_story() -> None:
    sizes = []
    for n in (60, 240):
        articles, annotations = large_corpus(n)
        story = story_of(articles, knowledge())
        sizes.append(len(render_sidebar(articles[0].id, compare(articles, annotations, knowledge()), story)))
    assert sizes[1] <= sizes[0] * 1.05, sizes


MKDOCS_YML = """site_name: Story pages test
use_directory_urls: true
theme: {name: mkdocs}
markdown_extensions: [tables, attr_list, {toc: {permalink: true}}]
validation: {omitted_files: info, absolute_links: warn, unrecognized_links: warn, anchors: warn}
"""


@pytest.mark.slow
def test_story_pages_build_with_mkdocs_strict(rendered: Rendered, tmp_path: Path) -> None:
    """Stock MkDocs, without the site's hook, converts the story pages (Markdown leaves their HTML as it is),
    and every link they write lands on a stub page of the built site, and on its anchor."""
    story, _, pages = rendered
    docs = tmp_path / "docs"
    files = dict(pages)
    files["index.md"] = "# Test\n"
    files["data/story.json"] = "{}\n"
    for article in story.articles:
        body = "\n".join(f'<p id="p-{i + 1}">{i + 1}</p>' for i in range(len(article.paragraphs)))
        files[f"articles/{article.id}.md"] = f"# {article.id}\n\n{body}\n"
    for known in story.knowledge.entities:
        files[f"entities/{known.id}.md"] = f"# {known.id}\n"
    for path, text in files.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(text, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=300,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    built = (site / "story" / "claims" / "index.html").read_text(encoding="utf-8")
    assert 'id="fig-killed-attack-worker"' in built
    problems = [problem for path in pages for problem in broken_links(site, address(path))]
    assert not problems, "\n".join(problems)


def test_words_given_to_two_people_are_shown_as_a_conflict_of_speakers() -> None:
    words = "We will not pay a single cent to criminals who hold sick people to ransom"
    a = make_article("state-radio", [f"“{words},” the minister, Rhiannon Faulds, said."],
                     outlet="State Radio")
    b = make_article("tech-site", [f"“{words},” the chief operating officer, Maree Costigan, said."],
                     outlet="Tech Site")
    kb = knowledge(entity("rhiannon-faulds", "Rhiannon Faulds"), entity("maree-costigan", "Maree Costigan"))
    annotations = {"state-radio": Annotate(a).quote(words, "rhiannon-faulds").build(),
                   "tech-site": Annotate(b).quote(words, "maree-costigan").build()}
    story = story_of((a, b), kb)
    comparisons = compare((a, b), annotations, kb)
    sidebar = unescape(render_sidebar("tech-site", comparisons, story))
    assert "Conflict" in sidebar and "Maree Costigan: “We will not pay" in sidebar
    assert "different speakers: Rhiannon Faulds (State Radio); Maree Costigan (Tech Site)" in sidebar
    page = to_html(render_story_pages(story, annotations, comparisons)["story/quotes.md"])
    assert "The outlets name different speakers" in page
    assert 'href="../../entities/maree-costigan/"' in page
    assert 'href="../../entities/rhiannon-faulds/"' in page


def test_the_sidebar_says_when_the_article_names_the_wrong_weekday_for_a_date_no_event_holds() -> None:
    a = make_article("mobile-paper", ["The dam broke on Wednesday, March 10."], published="2026-03-24")
    annotations = {"mobile-paper": Annotate(a).date("Wednesday, March 10", "2026-03-10").build()}
    story = story_of((a,), knowledge())
    html = unescape(render_sidebar("mobile-paper", compare((a,), annotations, knowledge()), story))
    assert "“Wednesday, March 10”" in html
    assert "This article calls it a Wednesday; 10 Mar 2026 was a Tuesday." in html
