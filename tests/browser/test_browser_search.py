"""Search, typed key by key into the header's search box and run on the search page (Pagefind): a name finds
the articles that name that person or organisation under either spelling, a phrase from a quote finds the
articles that carry it, and the keyboard alone gets from the box to an article."""

from __future__ import annotations

import difflib
import re
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
from browsing import PAGE_BOX, search
from pages import article_url, story_data
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
PHRASE_WORDS = 5
MAX_PHRASES = 3
# The example of issue 5: one spokesman, spelled two ways by the five seed outlets.
SEED_SPELLINGS = ("Rudeineh", "Rudaineh")


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def carries(paragraphs: list[str], phrase: list[str]) -> bool:
    """True if one paragraph has the words of `phrase` in a row."""
    for paragraph in paragraphs:
        found = words(paragraph)
        if any(found[i:i + len(phrase)] == phrase for i in range(len(found) - len(phrase) + 1)):
            return True
    return False


def names_in(article: dict[str, Any], names: set[str]) -> bool:
    text = " ".join(article["paragraphs"])
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in names)


def variant_spellings(entity: dict[str, Any]) -> list[str]:
    """Name parts spelled two ways among an entity's names ("Rudeineh" beside "Rudaineh")."""
    parts = {part for name in {entity["name"], *entity.get("aliases", [])} for part in name.split()
             if len(part) >= 4 and part[:1].isupper()}
    return sorted(a for a in parts if any(a != b and similar(a, b) for b in parts))


def similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.75


def expected_paths(site_url: str, article_ids: set[str]) -> set[str]:
    prefix = urllib.parse.urlsplit(site_url).path
    return {prefix + article_url(article_id) for article_id in article_ids}


def search_from_home(page: Page, site_url: str, query: str, expected: set[str]) -> set[str]:
    page.goto(site_url)
    return search(page, query, expected)


def test_a_name_finds_the_articles_under_either_spelling(page: Page, site_dir: Path, site_url: str) -> None:
    data = story_data(site_dir)
    spelled_two_ways = [(entity, variant_spellings(entity)) for entity in data["entities"]]
    spelled_two_ways = [(entity, spellings) for entity, spellings in spelled_two_ways if spellings]
    assert spelled_two_ways, "no entity of story.json has a name spelled two ways: nothing to search for"
    missing = []
    for entity, spellings in spelled_two_ways:
        names = {entity["name"], *entity.get("aliases", [])}
        naming = {a["id"] for a in data["articles"] if names_in(a, names)}
        naming |= {mention["article"] for mention in entity.get("mentions", [])}
        expected = expected_paths(site_url, naming)
        for spelling in spellings:
            found = search_from_home(page, site_url, spelling, expected)
            missing += [f"{spelling!r} ({entity['name']}) does not find {path}"
                        for path in sorted(expected - found)]
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("spelling", SEED_SPELLINGS)
def test_the_seed_spokesman_is_found_under_both_spellings(page: Page, site_dir: Path, site_url: str,
                                                           spelling: str) -> None:
    data = story_data(site_dir)
    naming = {a["id"] for a in data["articles"] if names_in(a, set(SEED_SPELLINGS))}
    assert len(naming) >= 2, "the seeds name the spokesman in several articles"
    expected = expected_paths(site_url, naming)
    found = search_from_home(page, site_url, spelling, expected)
    assert expected <= found, f"{spelling!r} does not find {sorted(expected - found)}; found {sorted(found)}"


def quote_phrases(data: dict[str, Any]) -> list[tuple[str, set[str]]]:
    """A few phrases (the first words of a quote, as written) and the articles that carry them, shared ones
    first."""
    phrases: dict[tuple[str, ...], tuple[str, set[str]]] = {}
    for quote in data["quotes"]:
        phrase = tuple(words(quote["text"])[:PHRASE_WORDS])
        if len(phrase) >= 3 and phrase not in phrases:
            articles = {a["id"] for a in data["articles"] if carries(a["paragraphs"], list(phrase))}
            assert quote["article"] in articles, f"quote not found in its own article: {quote}"
            phrases[phrase] = (as_written(quote["text"], len(phrase)), articles)
    ranked = sorted(phrases.items(), key=lambda item: (-len(item[1][1]), item[0]))
    return [written_and_articles for _, written_and_articles in ranked[:MAX_PHRASES]]


def as_written(text: str, count: int) -> str:
    """The first `count` words of `text` as a reader copies them: "de-escalation and", not "de escalation and"
    (in quotation marks, Pagefind looks for the words exactly as they are in the page)."""
    found = list(WORD.finditer(text))[:count]
    return text[found[0].start():found[-1].end()]


@pytest.mark.parametrize("quoted", [False, True], ids=["as-words", "in-quotation-marks"])
def test_a_phrase_from_a_quote_finds_the_articles_that_carry_it(page: Page, site_dir: Path, site_url: str,
                                                                quoted: bool) -> None:
    phrases = quote_phrases(story_data(site_dir))
    assert phrases, "story.json has no quote to search for"
    missing = []
    for phrase, articles in phrases:
        query = f'"{phrase}"' if quoted else phrase
        expected = expected_paths(site_url, articles)
        found = search_from_home(page, site_url, query, expected)
        missing += [f"{query!r} does not find {path}" for path in sorted(expected - found)]
    assert not missing, "\n".join(missing)


def test_the_keyboard_alone_finds_and_opens_an_article(page: Page, site_dir: Path, site_url: str) -> None:
    """"/" focuses the header's box (as with Material's search), Enter opens the search page with the query
    (kept in its address), and from the page's box the arrow key reaches the results."""
    article = story_data(site_dir)["articles"][0]
    word = max(article["title"].split(), key=len).strip(".,:;!?\"'“”‘’")
    target = expected_paths(site_url, {article["id"]}).pop()
    page.goto(site_url)
    page.keyboard.press("/")
    page.keyboard.type(word)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query).get("q") == [word], page.url
    expect(page.locator(PAGE_BOX)).to_be_focused()
    expect(page.locator(PAGE_BOX)).to_have_value(word)
    expect(page.locator(f'pagefind-results a.pf-result-link[href="{target}"]')).to_be_visible(timeout=15_000)
    focused = []
    for _ in range(20):  # down the list until the article's link has the focus
        page.keyboard.press("ArrowDown")
        focused.append(page.evaluate("(e => e.getAttribute('href') || e.tagName)(document.activeElement)"))
        if focused[-1] == target:
            break
    else:
        raise AssertionError(f"the arrow keys never reached {target}; they went to {focused}")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urllib.parse.urlsplit(page.url).path == target



RESULTS = "pagefind-results li.pf-result"
MORE = ".site-search-page__more"


def test_a_word_on_many_pages_lists_the_best_and_shows_more_on_request(page: Page, site_url: str) -> None:
    """A common word is on most pages: the list shows the best 20 (laying out hundreds took seconds), the
    summary counts them all, and "Show more results" adds 20 more; a new query starts from 20 again."""
    page.goto(f"{site_url}search/?q=the")
    shown = int(page.locator("pagefind-results").get_attribute("max-results") or 0)
    summary = page.locator("pagefind-summary")
    expect(summary).to_contain_text("results for the", timeout=15_000)
    total = int(summary.inner_text().split()[0])
    assert total > shown, f"'the' is on {total} pages of the seed site: too few to need more than one list"
    expect(page.locator(RESULTS)).to_have_count(shown)
    expect(page.locator(MORE)).to_be_visible()
    expect(page.locator(MORE)).to_contain_text(f"Showing the best {shown} of {total} results.")
    page.locator(f"{MORE} button").click()
    expect(page.locator(RESULTS)).to_have_count(min(2 * shown, total))
    expect(page.locator(MORE)).to_contain_text(f"of {total} results.")
    assert page.locator(MORE).is_visible() == (total > 2 * shown)
    page.locator(PAGE_BOX).fill("Rudeineh")
    expect(page.locator(MORE)).to_be_hidden(timeout=15_000)
    page.locator(PAGE_BOX).fill("the")
    expect(page.locator(RESULTS)).to_have_count(shown, timeout=15_000)
