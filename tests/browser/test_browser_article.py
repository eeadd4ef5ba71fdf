"""An article page as a reader uses it: the comparison sidebar beside the text on a desktop and reachable on a
phone, every sidebar link landing on something, annotations explaining themselves on hover and on keyboard
focus, entity links opening the entity page, and the text shown being the article's text."""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import pytest
from browsing import DESKTOP, PHONE, page_of
from pages import article_url, pages_of_kind, story_data
from playwright.sync_api import Locator, Page

from generator.clean import QUOTES

pytestmark = pytest.mark.browser

# Text of a paragraph as shown: without the ¶ link and the (hidden) annotation tips.
SHOWN_TEXT = """p => { const copy = p.cloneNode(true);
  copy.querySelectorAll('.para-anchor, .ann-tip').forEach(e => e.remove());
  return copy.textContent.replace(/\\s+/g, ' ').trim(); }"""


@pytest.fixture
def articles(site_dir: Path) -> list[str]:
    found = pages_of_kind(site_dir, "article")
    assert found, "the built site has no article page"
    return found


def box(locator: Locator) -> dict[str, float]:
    found = locator.bounding_box()
    assert found is not None, f"{locator} is not rendered"
    return found


def test_the_sidebar_is_beside_the_text_on_a_desktop(page: Page, site_url: str, articles: list[str]) -> None:
    page.set_viewport_size(DESKTOP)
    for relative in articles:
        page.goto(site_url + relative)
        sidebar, text = box(page.locator(".comparison-sidebar")), box(page.locator(".article-main"))
        assert sidebar["x"] >= text["x"] + text["width"], f"{relative}: the sidebar is not right of the text"
        assert sidebar["y"] < text["y"] + text["height"] and text["y"] < sidebar["y"] + sidebar["height"], \
            f"{relative}: the sidebar and the text are not side by side"
        assert page.locator(".comparison-sidebar").is_visible()


def test_the_sidebar_is_reachable_on_a_phone(page: Page, site_url: str, articles: list[str]) -> None:
    page.set_viewport_size(PHONE)
    for relative in articles:
        page.goto(site_url + relative)
        sidebar = page.locator(".comparison-sidebar")
        sidebar.scroll_into_view_if_needed()
        assert sidebar.is_visible(), f"{relative}: the sidebar is hidden on a phone"
        found = box(sidebar)
        assert found["x"] >= 0 and found["x"] + found["width"] <= PHONE["width"], \
            f"{relative}: the sidebar does not fit the phone's width: {found}"
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], \
            f"{relative}: the page scrolls sideways on a phone"


def ids_on(page: Page, url: str) -> set[str] | None:
    """The element ids of the page at `url`, or None when it is not an HTML page (it must still load)."""
    response = page.goto(url)
    assert response is not None and response.ok, f"{url}: HTTP {response.status if response else '-'}"
    if "html" not in (response.headers.get("content-type") or ""):
        return None
    return set(page.locator("[id]").evaluate_all("elements => elements.map(e => e.id)"))


def test_every_sidebar_link_lands_on_an_element_that_exists(page: Page, site_url: str,
                                                            articles: list[str]) -> None:
    links: set[str] = set()
    for relative in articles:
        page.goto(site_url + relative)
        sidebar = page.locator(".comparison-sidebar a[href]")
        links |= set(sidebar.evaluate_all("links => links.map(a => a.href)"))
    assert links, "no article's sidebar has a link"
    broken, pages = [], {}
    for link in sorted(links):
        target, fragment = page_of(link), urllib.parse.urlsplit(link).fragment
        assert urllib.parse.urlsplit(link).hostname == "127.0.0.1", f"sidebar link leaves the site: {link}"
        if target not in pages:
            pages[target] = ids_on(page, target)
        if fragment and (pages[target] is None or urllib.parse.unquote(fragment) not in pages[target]):
            broken.append(link)
    assert not broken, "sidebar links to elements that do not exist:\n" + "\n".join(broken)


def first_article_with(page: Page, site_url: str, articles: list[str], selector: str) -> str:
    for relative in articles:
        page.goto(site_url + relative)
        if page.locator(selector).count():
            return relative
    raise AssertionError(f"no article page has {selector}")


def test_an_annotation_explains_itself_on_hover(page: Page, site_url: str, articles: list[str]) -> None:
    first_article_with(page, site_url, articles, ".article-body .ann")
    annotation = page.locator(".article-body .ann").first
    tip = annotation.locator("> .ann-tip")
    assert not tip.is_visible(), "a tip shows before the reader points at its mark"
    annotation.hover()
    assert tip.is_visible(), "hovering an annotation does not show its explanation"
    assert (tip.text_content() or "").strip(), "the explanation is empty"
    page.mouse.move(0, 0)
    assert not tip.is_visible(), "the explanation stays after the pointer left"


def test_an_annotation_explains_itself_on_keyboard_focus(page: Page, site_url: str,
                                                         articles: list[str]) -> None:
    first_article_with(page, site_url, articles, ".article-body .ann[tabindex], .article-body a.ann")
    annotation = page.locator(".article-body .ann[tabindex], .article-body a.ann").first
    # Tab from the ¶ link of the annotation's paragraph: the next stop must be the annotation itself.
    paragraph = annotation.locator("xpath=ancestor::p[contains(@class, 'para')]")
    page.mouse.move(0, 0)
    paragraph.locator(".para-anchor").focus()
    page.keyboard.press("Tab")
    assert annotation.evaluate("e => e === document.activeElement"), "Tab does not reach the annotation"
    assert annotation.locator("> .ann-tip").is_visible(), "keyboard focus does not show the explanation"
    tip_id = annotation.get_attribute("aria-describedby")
    assert tip_id and annotation.locator("> .ann-tip").get_attribute("id") == tip_id, \
        "the explanation is not the annotation's accessible description"


def test_an_entity_link_opens_the_entity_page(page: Page, site_url: str, articles: list[str]) -> None:
    first_article_with(page, site_url, articles, ".article-body a.ann-entity")
    link = page.locator(".article-body a.ann-entity").first
    name = link.evaluate("a => [...a.childNodes].filter(n => !n.classList?.contains('ann-tip'))"
                         ".map(n => n.textContent).join('').trim()")
    with page.expect_navigation():
        link.click()
    path = urllib.parse.urlsplit(page.url).path
    assert path.startswith(urllib.parse.urlsplit(site_url).path + "entities/"), page.url
    assert page.locator("h1").first.is_visible()
    aliases = page.locator(".md-content").text_content() or ""
    assert name in aliases, f"the entity page does not list the spelling {name!r} that linked to it"


STRAIGHT_QUOTES = str.maketrans(QUOTES)


def test_the_text_shown_is_the_articles_text(page: Page, site_dir: Path, site_url: str) -> None:
    data = story_data(site_dir)
    wrong = []
    for article in data["articles"]:
        page.goto(site_url + article_url(article["id"]))
        shown = page.locator(".article-body > p.para").evaluate_all(f"ps => ps.map({SHOWN_TEXT})")
        # The page shows the quotation marks the outlet typed; story.json has the analysed text, in which
        # they are straight (the two differ in nothing else: tests/test_clean.py).
        shown = [text.translate(STRAIGHT_QUOTES) for text in shown]
        expected = [" ".join(text.split()) for text in article["paragraphs"]]
        assert len(shown) == len(expected), f"{article['id']}: {len(shown)} shown, {len(expected)} in data"
        wrong += [f"{article['id']} ¶{i}:\n  shown:    {s}\n  expected: {e}"
                  for i, (s, e) in enumerate(zip(shown, expected, strict=True), 1) if s != e]
    assert not wrong, "the page does not show the article's words:\n" + "\n".join(wrong[:10])
