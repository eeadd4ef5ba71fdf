"""A hostile seed (HTML, script, `javascript:` links, attribute-list syntax) in a real browser: no dialog
opens on any page, and the article body holds no element but those its paragraphs and annotations explain."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pages import all_pages, article_url, story_data
from playwright.sync_api import Page
from serving import built, serve

pytestmark = pytest.mark.browser

SLUG = "harbour-gazette-2024-03-05-quay-reopens"
# Every line tries to become an element, an attribute or a script; each must show as text.
HOSTILE_LINES = [
    "The harbour quay reopened on Tuesday after three weeks of repairs, the port authority said.",
    '<script>alert("script element")</script> Fishermen said the catch was small but the mood was good.',
    "<img src=x onerror=alert('img onerror')> The harbour master, Ines Okonkwo-Vale, inspected the bollards.",
    "<svg onload=alert('svg onload')></svg> Two trawlers were the first boats to tie up at the quay.",
    "Readers can see <a href=\"javascript:alert('html link')\">the full plan</a> at the harbour office.",
    "The council published [the budget](javascript:alert('markdown%20link')) for the works on its board.",
    "The mayor cut the ribbon {: onclick=\"alert('inline attribute list')\" } in front of forty residents.",
    "{: #p-1 .para onmouseover=\"alert('block attribute list')\" }",
    "“We were <b>never</b> told <i onmouseover=\"alert('quote')\">why</i> it took so long,” said Okonkwo.",
    "<iframe src=\"javascript:alert('frame')\"></iframe> <details open ontoggle=alert(4)>No</details>",
    "&lt;script&gt;alert('escaped')&lt;/script&gt; and &#60;b&#62; stayed as the outlet printed them.",
    "<style>.article-body { display: none }</style> The style element must not hide the article either.",
    "The harbour master said the quay would stay open through the winter storms.",
]
HOSTILE_META = """outlet: "Harbour <script>alert('outlet')</script> Gazette"
title: "<img src=x onerror=alert('title')> Quay reopens {: onclick=alert('title-attr') }"
byline: "<b onmouseover=alert('byline')>Staff</b>"
published: 2024-03-05
url: null
language: en
"""

# Each element the article body may hold, as (CSS selector an element must match, what explains it).
EXPLAINED = """e => e.matches('.article-body > p.para[id^="p-"]') ? 'paragraph'
  : e.matches('.article-body > p.para > a.para-anchor[href^="#p-"]') ? 'anchor'
  : e.matches('span.ann[tabindex="0"], a.ann[href]') && e.closest('p.para') ? 'annotation'
  : e.matches('.ann > span.ann-tip[role="tooltip"]') ? 'tip'
  : 'unexplained: ' + e.outerHTML.slice(0, 200)"""
# Attributes and elements no page of this site has on its own.
INJECTED = """() => [...document.querySelectorAll('*')].flatMap(e => [
  ...[...e.attributes].filter(a => /^on/i.test(a.name)).map(a => `${e.tagName} ${a.name}=${a.value}`),
  ...(e.matches('a[href^="javascript:" i], iframe, img:not(.md-content__button img), object, embed')
      ? [e.outerHTML.slice(0, 200)] : []),
  ...(e.matches('script:not([type="application/ld+json"])') && /alert\\(/.test(e.textContent)
      ? ['script: ' + e.textContent.slice(0, 200)] : [])])"""


Hostile = tuple[Path, str]  # the built site's folder and its URL


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hostile]:
    workdir = tmp_path_factory.mktemp("hostile-browser")
    seeds = workdir / "seeds"
    seeds.mkdir()
    (seeds / "story.yml").write_text("title: \"A harbour story <script>alert('story')</script>\"\n"
                                     "summary: \"<img src=x onerror=alert('summary')> A test story.\"\n")
    text = "Quay reopens\n\n" + "\n\n".join(HOSTILE_LINES) + "\n"
    (seeds / f"{SLUG}.txt").write_text(text, encoding="utf-8")
    (seeds / f"{SLUG}.yml").write_text(HOSTILE_META, encoding="utf-8")
    site = built(workdir, seeds)
    with serve(site) as url:
        yield site, url


def hover_everything(page: Page) -> None:
    """Point at and focus every paragraph and annotation, as a reader might, to fire any injected handler."""
    for element in page.locator(".article-body p.para, .article-body .ann, .article-head *").all():
        element.hover()
    for annotation in page.locator(".article-body .ann").all():
        annotation.focus()


def test_no_page_of_a_hostile_story_opens_a_dialog_or_carries_live_markup(page: Page,
                                                                         hostile_site: Hostile) -> None:
    site, url = hostile_site
    injected = {}
    for relative in all_pages(site):
        page.goto(url + relative)
        page.wait_for_load_state("networkidle")
        if relative == article_url(SLUG):
            hover_everything(page)
        if found := page.evaluate(INJECTED):
            injected[relative] = found
    assert not injected, f"markup from the seed became live: {injected}"
    # The page fixture fails the test on any dialog (alert, confirm, prompt) or JavaScript error.


def test_the_article_body_holds_only_paragraphs_and_annotations(page: Page,
                                                                hostile_site: Hostile) -> None:
    site, url = hostile_site
    page.goto(url + article_url(SLUG))
    roles = page.locator(".article-body *").evaluate_all(f"elements => elements.map({EXPLAINED})")
    unexplained = [role for role in roles if role.startswith("unexplained")]
    assert not unexplained, "\n".join(unexplained)
    paragraphs = next(a for a in story_data(site)["articles"] if a["id"] == SLUG)["paragraphs"]
    assert roles.count("paragraph") == roles.count("anchor") == len(paragraphs)
    assert roles.count("annotation") == roles.count("tip")
    assert len(roles) == 2 * len(paragraphs) + 2 * roles.count("annotation")


def test_every_hostile_line_is_shown_as_text(page: Page, hostile_site: Hostile) -> None:
    site, url = hostile_site
    page.goto(url + article_url(SLUG))
    shown = page.locator(".article-main").evaluate(
        "main => { const c = main.cloneNode(true); c.querySelectorAll('.ann-tip').forEach(e => e.remove());"
        " return c.textContent.replace(/\\s+/g, ' '); }")
    missing = [line for line in HOSTILE_LINES if " ".join(line.replace("“", '"').replace("”", '"').split())
               not in shown.replace("“", '"').replace("”", '"')]
    assert not missing, "lines not shown literally:\n" + "\n".join(missing)
