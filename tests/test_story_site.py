"""The generated pages are HTML the MkDocs hook hands to the theme unconverted (`html_body`): built with
`mkdocs build --strict`, a story page still has its table of contents, and every link of the generated pages
lands on a page and an element of the built site (MkDocs does not check links written as HTML)."""

from __future__ import annotations

import re
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sitebuild import build_site

pytestmark = pytest.mark.slow


class Links(HTMLParser):
    """The ids of a page and the targets of its links."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"] or "")
        if tag == "a" and attributes.get("href"):
            self.hrefs.append(attributes["href"] or "")


def html_file(site: Path, url: str) -> Path:
    """The file a directory-style address (`story/timeline/`) is served from."""
    return site / url / "index.html" if url.endswith("/") or not url else site / url


def broken_links(site: Path, url: str) -> list[str]:
    """Every link of the page at `url` (relative to the site) to a missing file or a missing element."""
    base = "http://site/"
    problems = []
    for href in Links(html_file(site, url).read_text(encoding="utf-8")).hrefs:
        target, fragment = urllib.parse.urldefrag(urllib.parse.urljoin(base + url, href))
        if not target.startswith(base):
            continue  # another host (the repository's edit link)
        path = html_file(site, urllib.parse.unquote(target.removeprefix(base)))
        if not path.is_file():
            problems.append(f"{url}: {href} (no {path.relative_to(site)})")
        elif fragment and path.suffix == ".html" and fragment not in Links(path.read_text("utf-8")).ids:
            problems.append(f"{url}: {href} (no element with that id)")
    return problems


def pages_under(site: Path, folder: str) -> list[str]:
    """The addresses of the pages one level below `folder` (`story/reuse/a--b/`)."""
    return sorted(f"{p.parent.relative_to(site).as_posix()}/" for p in (site / folder).glob("*/index.html"))


def content(html: str) -> str:
    return html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]


def toc_entries(html: str) -> list[tuple[int, str, str]]:
    """(depth, anchor, name) of each entry of the "On this page" sidebar."""
    sidebar = html.split('<div class="md-sidebar md-sidebar--secondary"', 1)[1]
    sidebar = sidebar.split('<div class="md-content"', 1)[0]
    entries, depth = [], 0
    for match in re.finditer(r'<ul class="md-nav__list"|</ul>|<a href="#([^"]+)" class="md-nav__link">\s*'
                             r'<span class="md-ellipsis">\s*(.*?)\s*</span>', sidebar, re.S):
        if match.group(0).startswith("<ul"):
            depth += 1
        elif match.group(0) == "</ul>":
            depth -= 1
        else:
            entries.append((depth, match.group(1), match.group(2)))
    return entries


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("story-site")
    done = build_site(workdir)
    assert done.returncode == 0, done.stderr[-4000:]
    return workdir / "site"


def test_the_timeline_lists_its_days_and_events_on_this_page(site: Path) -> None:
    html = (site / "story" / "timeline" / "index.html").read_text(encoding="utf-8")
    headings = re.findall(r'<h([23]) id="([^"]+)">(.*?)<a class="headerlink" href="#\2" '
                          r'title="Permanent link">&para;</a></h\1>', content(html))
    assert len(headings) >= 4 and {level for level, _, _ in headings} == {"2", "3"}
    # Days nest their events, as the toc extension nested them; the page's h1 is left out, as Material does.
    assert toc_entries(html) == [(int(level) - 1, anchor, name) for level, anchor, name in headings]
    assert 'class="md-skip"' in html and 'href="#timeline"' in html


def test_every_story_page_has_a_table_of_contents_and_every_page_a_skip_link(site: Path) -> None:
    for name in ("overview", "claims", "quotes", "framing", "reuse"):
        html = (site / "story" / name / "index.html").read_text(encoding="utf-8")
        assert toc_entries(html), name
    entity = next((site / "entities").glob("*/index.html")).read_text(encoding="utf-8")
    assert [anchor for _, anchor, _ in toc_entries(entity)] == ["spellings-and-aliases", "quotes", "mentions"]
    article = next((site / "articles").glob("*/index.html")).read_text(encoding="utf-8")
    assert 'data-md-type="toc" hidden' in article  # the contents sidebar stays hidden (hide: [toc])...
    for page in (article, (site / "index.html").read_text(encoding="utf-8"),
                 (site / "articles" / "index.html").read_text(encoding="utf-8")):
        assert 'class="md-skip"' in page  # ...but "Skip to content", made from the headings, is there


def test_every_link_of_the_generated_pages_lands(site: Path) -> None:
    urls = ["", "articles/", "entities/", *(f"story/{name}/" for name in
                                            ("overview", "timeline", "claims", "quotes", "framing", "reuse"))]
    pairs, entities = pages_under(site, "story/reuse"), pages_under(site, "entities")
    assert pairs and entities
    problems = [problem for url in urls + pairs + entities[:5] for problem in broken_links(site, url)]
    assert not problems, "\n".join(problems[:40])
