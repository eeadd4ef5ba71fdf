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
    """The paths the page asked for, to check a page (or its search worker) loaded what it needs."""
    return [urllib.parse.urlsplit(url).path for url in log.requests]


# Polled in the page: the paths of the results shown. Material shows ten, then four more each time the list
# is scrolled to its end; the poll scrolls it to the end and back in turn, as a reader scrolling down would.
SHOWN_RESULTS = """() => {
  const wrap = document.querySelector('.md-search__scrollwrap');
  const atEnd = wrap && wrap.scrollTop + wrap.clientHeight >= wrap.scrollHeight - 1;
  if (wrap) wrap.scrollTo(0, atEnd ? 0 : wrap.scrollHeight);
  return [...document.querySelectorAll('.md-search-result__item')]
    .map(item => new URL(item.querySelector('a.md-search-result__link').href).pathname);
}"""


def search(page: Page, query: str, expected: set[str], timeout: float = 15_000) -> set[str]:
    """Type `query` into Material's search box key by key, as a reader does; return the paths of the pages
    found once every path of `expected` is among them (or, failing that, after `timeout` ms).

    Filling the input at once does not fire Material's search: it listens to key events. Each key sends a
    query to the search worker and results come back in turn, so the results shown just after the last key
    may still be those of a shorter query: the page is polled until the expected ones show.
    """
    box = page.locator("input.md-search__input")
    if not box.is_visible():  # a phone-width header shows a search button instead of the box
        page.locator(".md-header label[for='__search']").click()
    box.click()
    page.keyboard.type(query, delay=50)
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function(f"expected => {{ const shown = ({SHOWN_RESULTS})();"
                               " return expected.every(path => shown.includes(path)); }",
                               arg=sorted(expected), timeout=timeout)
    return set(page.evaluate(SHOWN_RESULTS))


def page_of(url: str) -> str:
    """The page a URL points at, without its query (Material's `?h=` highlight) and fragment."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
