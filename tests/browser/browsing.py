"""What the browser tests watch on a page (errors, requests, dialogs) and how they act as a reader does."""

from __future__ import annotations

import contextlib
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import BrowserContext, ConsoleMessage, Dialog, Page, Route
from playwright.sync_api import TimeoutError as PlaywrightTimeout

ALLOWED_HOST = "127.0.0.1"
HOSTLESS_SCHEMES = {"data", "blob", "about"}
CHROMIUM = Path("/usr/bin/chromium")
# Headless, and nothing that phones home on its own: a request the site did not make would be noise.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@dataclass
class Log:
    """Everything a page did that a test may have to fail on."""

    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        """JavaScript errors, requests to other hosts and dialogs, one line each."""
        return ([f"JavaScript error: {e}" for e in self.errors]
                + [f"request to another host: {u}" for u in self.outside]
                + [f"dialog opened: {d}" for d in self.dialogs])

    def clear(self) -> None:
        for entries in (self.errors, self.requests, self.outside, self.dialogs):
            entries.clear()


def is_outside(url: str) -> bool:
    """True for a request to any host but 127.0.0.1 (data: and blob: URLs have no host)."""
    parts = urllib.parse.urlsplit(url)
    return parts.scheme not in HOSTLESS_SCHEMES and parts.hostname != ALLOWED_HOST


def watch(context: BrowserContext, log: Log) -> None:
    """Record every request of `context` and block those to other hosts (so a test never waits on one)."""

    def route(route: Route) -> None:
        if is_outside(route.request.url):
            log.outside.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    context.on("request", lambda request: log.requests.append(request.url))
    context.route("**/*", route)


def watch_page(page: Page, log: Log) -> None:
    """Record JavaScript errors, console errors and dialogs of `page` (a dialog is dismissed)."""

    def console(message: ConsoleMessage) -> None:
        if message.type == "error":
            log.errors.append(f"console: {message.text} ({message.location.get('url', '')})")

    def dialog(opened: Dialog) -> None:
        log.dialogs.append(f"{opened.type}: {opened.message}")
        opened.dismiss()

    page.on("pageerror", lambda error: log.errors.append(f"{error.name}: {error.message}"))
    page.on("console", console)
    page.on("dialog", dialog)


def request_paths(log: Log) -> list[str]:
    """The paths the page asked for, to check a page loaded what it needs (and nothing more)."""
    return [urllib.parse.urlsplit(url).path for url in log.requests]


# Polled in the page: the paths of the results shown. Pagefind fills a result in only once it scrolls into
# view; each poll scrolls the page down by most of a screen, and back to the top from the end, as a reader
# scrolling down the list would.
SHOWN_RESULTS = """() => {
  const page = document.scrollingElement;
  const atEnd = page.scrollTop + window.innerHeight >= page.scrollHeight - 1;
  window.scrollTo(0, atEnd ? 0 : page.scrollTop + window.innerHeight * 0.8);
  return [...document.querySelectorAll('pagefind-results a.pf-result-link')]
    .map(link => new URL(link.href).pathname);
}"""
PAGE_BOX = "pagefind-input input"
HEADER_BOX = "input.site-search__input"


def search(page: Page, query: str, expected: set[str], timeout: float = 15_000) -> set[str]:
    """Search as a reader does: type `query` key by key into the header's search box and press Enter, which
    opens the search page with the query; return the paths of the pages found once every path of `expected`
    is among them (or, failing that, after `timeout` ms).

    At phone width the header shows only a search button: it opens the search page, where the query is typed
    into the page's own box (as it is when the open page is the search page). That box searches as the reader
    types, so the results shown just after the last key may still be those of a shorter query: the page is
    polled until the expected ones show.
    """
    header_box = page.locator(HEADER_BOX)
    if header_box.is_visible():
        header_box.click()
        page.keyboard.type(query, delay=20)
        with page.expect_navigation():
            page.keyboard.press("Enter")
    else:
        if not page.locator(PAGE_BOX).count():
            with page.expect_navigation():
                page.locator("button.site-search__button").click()
        page.locator(PAGE_BOX).click()
        page.keyboard.press("ControlOrMeta+a")  # a query already there is replaced, as a reader replaces it
        page.keyboard.type(query, delay=50)
    for _ in range(MAX_MORE + 1):
        with contextlib.suppress(PlaywrightTimeout):
            page.wait_for_function(f"expected => {{ const shown = ({SHOWN_RESULTS})();"
                                   " return expected.every(path => shown.includes(path)); }",
                                   arg=sorted(expected), timeout=timeout, polling=100)
        found = set(page.evaluate(SHOWN_RESULTS))
        more = page.locator(MORE_RESULTS)
        if expected <= found or not more.is_visible():
            return found
        more.click()  # the list shows the best results first: a reader asks for more, as here
    return found


MORE_RESULTS = ".site-search-page__more button"
MAX_MORE = 5
"""Times `search` asks for more results before it gives up on an expected page."""


def page_of(url: str) -> str:
    """The page a URL points at, without its query and fragment."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
