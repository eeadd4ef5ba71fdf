"""Every page type loads in Chromium with no JavaScript error, no request to another host, and no axe-core
accessibility violation: in the light palette and in the dark one, at a desktop and at a phone width, and with
search results open. Only the search page loads the search (Pagefind)."""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from browsing import DESKTOP, PHONE, Log, request_paths, search
from pages import KINDS, article_url, largest, pages_of_kind, story_data
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

# The dark palette and the phone width are checked on the page types with the site's own markup.
OWN_KINDS = ("home", "article", "entity", "story", "search")
CHECKED = ([(kind, "light", "desktop") for kind in KINDS] + [(kind, "dark", "desktop") for kind in OWN_KINDS]
           + [(kind, "light", "phone") for kind in OWN_KINDS])
PALETTES = {"light": "default", "dark": "slate"}
VIEWPORTS = {"desktop": DESKTOP, "phone": PHONE}


def pages_or_fail(site_dir: Path, kind: str) -> list[str]:
    """The pages of `kind` to check: all of them, or the largest few where there are many (entity pages)."""
    found = pages_of_kind(site_dir, kind)
    assert found, f"the built site has no {kind} page"
    return found if kind in {"article", "story"} else largest(site_dir, found)


def open_page(page: Page, url: str) -> None:
    """Open `url` and wait until the page has stopped loading."""
    response = page.goto(url)
    assert response is not None and response.ok, f"{url}: HTTP {response.status if response else '-'}"
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("kind", KINDS)
def test_page_loads_with_no_error_and_no_outside_request(page: Page, log: Log, site_dir: Path, site_url: str,
                                                         kind: str) -> None:
    problems = []
    for relative in pages_or_fail(site_dir, kind):
        log.clear()
        open_page(page, site_url + relative)
        problems += [f"{relative or '(home)'}: {problem}" for problem in log.problems()]
        paths = request_paths(log)
        assert any(path.endswith("/assets/javascripts/search.js") for path in paths), \
            f"{relative}: the search script was not loaded (is the page's script running?)"
        # Only the search page loads Pagefind: other pages send the query there.
        pagefind = [path for path in paths if "/pagefind/" in path]
        if kind == "search":
            assert any(path.endswith("/pagefind/pagefind-component-ui.js") for path in pagefind), pagefind
        else:
            assert not pagefind, f"{relative}: loads the search before anyone searches: {pagefind}"
    log.clear()
    assert not problems, "\n".join(problems)


def axe_report(page: Page) -> list[str]:
    """axe-core's violations on the open page, one line per element."""
    results = Axe().run(page)
    return [f"{v['id']} ({v['impact']}): {v['help']} — {node['target']} {node['html'][:160]}\n    "
            + "; ".join(check["message"] for check in node["any"] + node["all"] + node["none"])
            for v in results.response["violations"] for node in v["nodes"]]


@pytest.mark.parametrize(("kind", "scheme", "width"), CHECKED)
def test_no_accessibility_violation(page: Page, site_dir: Path, site_url: str, kind: str, scheme: str,
                                    width: str) -> None:
    page.emulate_media(color_scheme=scheme)
    page.set_viewport_size(VIEWPORTS[width])
    violations = []
    for relative in pages_or_fail(site_dir, kind):
        open_page(page, site_url + relative)
        # Material applies the system's palette from its script, just after the page has loaded.
        page.wait_for_function(f"document.body.dataset.mdColorScheme === {PALETTES[scheme]!r}")
        violations += [f"{relative or '(home)'}: {line}" for line in axe_report(page)]
    assert not violations, f"{len(violations)} axe-core violations:\n" + "\n".join(violations)


@pytest.mark.parametrize(("scheme", "width"), [("light", "desktop"), ("dark", "desktop"), ("light", "phone")])
def test_no_accessibility_violation_with_search_results_open(page: Page, site_dir: Path, site_url: str,
                                                             scheme: str, width: str) -> None:
    article = story_data(site_dir)["articles"][0]
    word = max(article["title"].split(), key=len).strip(".,:;!?\"'“”‘’")
    page.emulate_media(color_scheme=scheme)
    page.set_viewport_size(VIEWPORTS[width])
    open_page(page, site_url)
    found = search(page, word, {urllib.parse.urlsplit(site_url).path + article_url(article["id"])})
    assert found, f"searching {word!r} found nothing"
    page.evaluate("window.scrollTo(0, 0)")  # the results as the reader first sees them
    page.wait_for_function(f"document.body.dataset.mdColorScheme === {PALETTES[scheme]!r}")
    violations = axe_report(page)
    assert not violations, f"{len(violations)} axe-core violations:\n" + "\n".join(violations)
