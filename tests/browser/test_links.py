"""No broken internal link or anchor: a crawler over the served site follows every link and resource, whether
MkDocs wrote it or it came as raw HTML (which MkDocs' own `validation:` does not check), and checks that every
`#fragment` names an element of its target page.

(LinkChecker cannot do the anchors: its AnchorCheck plugin is disabled since 10.1 as unreliable.)
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pages import all_pages

pytestmark = pytest.mark.slow

# Attributes that load something into the page: they must never point at another host.
RESOURCES = {("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src"), ("audio", "src"),
             ("video", "src"), ("embed", "src"), ("object", "data")}
# Attributes a reader follows, or the browser fetches on request: other hosts are fine (not fetched here).
FOLLOWED = {("a", "href"), ("link", "href"), ("area", "href"), ("form", "action")}
EXTERNAL_SCHEMES = {"http", "https", "mailto"}


class PageLinks(HTMLParser):
    """The element ids of one HTML page, and every URL it links to or loads."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, value)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"] or "")
        if tag == "a" and attributes.get("name"):
            self.ids.add(attributes["name"] or "")
        for name, value in attributes.items():
            if value is not None and ((tag, name) in RESOURCES or (tag, name) in FOLLOWED):
                self.links.append((tag, name, value.strip()))


@dataclass
class Crawl:
    """What a crawl of the served site found."""

    base: str
    ids: dict[str, set[str]] = field(default_factory=dict)  # page URL -> its ids (HTML pages only)
    status: dict[str, str] = field(default_factory=dict)  # URL -> "ok" or what went wrong
    # (page, tag, value as written, absolute URL)
    links: list[tuple[str, str, str, str]] = field(default_factory=list)

    def internal(self, url: str) -> bool:
        parts, base = urllib.parse.urlsplit(url), urllib.parse.urlsplit(self.base)
        return parts.netloc == base.netloc and parts.scheme == base.scheme


def fetch(url: str) -> tuple[str, bytes, str]:
    """(status, body, content type) of a GET of `url`."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return "ok", response.read(), response.headers.get_content_type()
    except urllib.error.HTTPError as error:
        return f"HTTP {error.code}", b"", ""


def crawl(base: str, start: list[str]) -> Crawl:
    """Fetch every internal URL reachable from `start`; parse the HTML pages among them."""
    found = Crawl(base)
    queue = deque(start)
    while queue:
        url = queue.popleft()
        if url in found.status:
            continue
        found.status[url], body, content_type = fetch(url)
        if content_type != "text/html":
            continue
        parser = PageLinks()
        parser.feed(body.decode("utf-8"))
        found.ids[url] = parser.ids
        for tag, _, value in parser.links:
            absolute = urllib.parse.urljoin(url, value)
            found.links.append((url, tag, value, absolute))
            target = urllib.parse.urldefrag(absolute).url
            if found.internal(target) and target not in found.status:
                queue.append(target)
    return found


def problems_of(found: Crawl) -> list[str]:
    """Every link that is broken, points at a missing element, runs script, or loads from another host."""
    problems = []
    for page, tag, value, absolute in found.links:
        target, fragment = urllib.parse.urldefrag(absolute)
        scheme = urllib.parse.urlsplit(absolute).scheme
        where = f"{page.removeprefix(found.base) or '(home)'}: <{tag}> {value!r}"
        if not found.internal(absolute):
            loads = tag in {t for t, _ in RESOURCES}
            if loads or scheme not in EXTERNAL_SCHEMES:
                problems.append(f"{where}: {'loads from another host' if loads else 'not a web link'}")
        elif not target.startswith(found.base):
            problems.append(f"{where}: outside the site's path {urllib.parse.urlsplit(found.base).path}")
        elif found.status.get(target) != "ok":
            problems.append(f"{where}: {found.status.get(target)}")
        elif fragment and target in found.ids and urllib.parse.unquote(fragment) not in found.ids[target]:
            problems.append(f"{where}: no element with id {fragment!r} on the target page")
    return sorted(set(problems))


def reachable(found: Crawl, home: str) -> set[str]:
    """The pages a reader reaches from the home page by following links."""
    follows: dict[str, set[str]] = {}
    for page, tag, _, absolute in found.links:
        if tag == "a" and found.internal(absolute):
            follows.setdefault(page, set()).add(urllib.parse.urldefrag(absolute).url)
    seen, queue = {home}, deque([home])
    while queue:
        for target in follows.get(queue.popleft(), set()) - seen:
            seen.add(target)
            queue.append(target)
    return seen


@pytest.fixture(scope="module")
def crawled(site_dir: Path, site_url: str) -> Crawl:
    # Every page on disk is a start, so a page no link leads to is still checked.
    return crawl(site_url, [site_url + relative for relative in all_pages(site_dir)])


def test_no_broken_link_or_anchor(crawled: Crawl) -> None:
    problems = problems_of(crawled)
    assert not problems, f"{len(problems)} broken links:\n" + "\n".join(problems[:60])


def test_the_crawl_follows_the_links_of_the_story_and_pair_pages(crawled: Crawl, site_url: str) -> None:
    """Their bodies are HTML the hook hands to the theme unconverted: MkDocs checks none of their links."""
    names = ("overview", "timeline", "claims", "quotes", "framing", "reuse")
    story = [f"{site_url}story/{name}/" for name in names]
    pairs = [url for url in crawled.ids if url.startswith(site_url + "story/reuse/") and url not in story]
    assert pairs, "no side-by-side page was crawled"
    for page in story + pairs:
        assert any(link[0] == page and "/articles/" in link[3] for link in crawled.links), page


def test_every_page_is_reached_from_the_home_page(crawled: Crawl, site_dir: Path, site_url: str) -> None:
    pages = {site_url + relative for relative in all_pages(site_dir)} - {site_url + "404.html"}
    unreached = sorted(pages - reachable(crawled, site_url))
    assert not unreached, "pages no link leads to:\n" + "\n".join(unreached)


def test_the_crawler_finds_a_broken_anchor_and_a_missing_page(tmp_path: Path) -> None:
    from serving import serve

    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text('<a href="a/#here">ok</a> <a href="a/#gone">anchor</a>'
                                         ' <a href="missing/">page</a> <img src="https://example.org/x.png">'
                                         ' <a href="javascript:alert(1)">js</a>')
    (tmp_path / "a" / "index.html").write_text('<p id="here">x</p>')
    with serve(tmp_path) as base:
        problems = problems_of(crawl(base, [base]))
    expected = {"no element with id 'gone' on the target page", "HTTP 404", "not a web link",
                "loads from another host"}
    assert {problem.split(": ", 2)[-1] for problem in problems} == expected
