"""Untrusted text stays text: a hostile article, built with stock MkDocs + Material, shows literally."""

from __future__ import annotations

import html as html_lib
from pathlib import Path

import pytest
from sitebuild import build_site, tags_of, texts_of

HOSTILE_LINES = [
    "The council met on Monday and the mayor spoke to reporters about the flood defences.",
    '<script>alert("body")</script> The budget was cut by half after the vote.',
    '<img src=x onerror="alert(1)"> Officials said the repairs would take a month.',
    "Residents can read the [full report](javascript:alert(1)) at the town hall, officials said.",
    "The motion passed {: onclick=alert(1) } with a large majority of the councillors.",
    "The clerk read {{ config.site_name }} and {% include 'mkdocs.yml' %} into the record.",
    '--8<-- "mkdocs.yml"',
    "# Not a heading, but a hash sign at the start of a line in the article text.",
    "| not | a | table | but pipes in the article text, which the outlet printed. |",
    "---",
    "    An indented line that Markdown would turn into a code block if it were not escaped.",
    "<!-- an unclosed comment that would hide the rest of the page",
    "<style>body { display: none }</style> The style element must not hide the page either.",
    "The last paragraph of the story closes the report on the council meeting.",
]
STRICT = True
HOSTILE_TITLE = '<img src=x onerror="alert(2)"> Council <b>votes</b> {{ 7*7 }}'
HOSTILE_URL = "https://example.org/x?a=1&b=2&lt;script&gt;#'onmouseover=alert(4)"  # valid, to be escaped


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("hostile")
    seeds = workdir / "seeds"
    seeds.mkdir()
    (seeds / "story.yml").write_text("title: A hostile story <script>alert(3)</script>\nsummary: Test.\n")
    (seeds / "hostile-council.txt").write_text("Headline line\n\n" + "\n\n".join(HOSTILE_LINES) + "\n")
    (seeds / "hostile-council.yml").write_text(
        f"outlet: 'Gazette <i>x</i>'\ntitle: '{HOSTILE_TITLE}'\npublished: 2024-01-02\n"
        f"url: \"{HOSTILE_URL}\"\nbyline: '<script>alert(5)</script> Jane <b onclick=alert(6)>Doe</b>'\n")
    done = build_site(workdir, seeds, strict=STRICT)
    assert done.returncode == 0, done.stderr[-4000:]
    return workdir / "site"


def article_html(site: Path) -> str:
    return (site / "articles" / "hostile-council" / "index.html").read_text()


def test_no_element_or_attribute_comes_from_the_text(hostile_site):
    for html_file in hostile_site.rglob("*.html"):
        for tag, attributes in tags_of(html_file.read_text()):
            assert tag not in {"img", "style"}, html_file
            assert not any(name.startswith("on") for name in attributes), (html_file, tag, attributes)
            assert not (attributes.get("href") or "").startswith("javascript:"), html_file


def test_no_script_from_the_text_runs(hostile_site):
    for html_file in hostile_site.rglob("*.html"):
        assert "alert(" not in "".join(_script_bodies(html_file.read_text())), html_file


def _script_bodies(html: str) -> list[str]:
    bodies, rest = [], html
    while "<script" in rest:
        rest = rest.split("<script", 1)[1]
        body, _, rest = rest.partition("</script>")
        bodies.append(body if "application/ld+json" not in body.split(">")[0] else "")
    return bodies


def test_every_hostile_line_shows_literally(hostile_site):
    html = article_html(hostile_site)
    visible = " ".join(texts_of(html, "article-body") + texts_of(html, "removed-lines"))
    for line in HOSTILE_LINES:
        assert " ".join(line.split()) in visible, line


def test_no_file_is_included_and_no_template_runs(hostile_site):
    html = article_html(hostile_site)
    assert "site_name:" not in html and "markdown_extensions" not in html
    assert "49" not in texts_of(html, "article-head")[0]
    assert "<pre" not in "".join(texts_of(html, "article-body"))
    assert "<code" not in html.split('class="article-body"', 1)[1].split("</div>", 1)[0]


def test_headline_html_is_escaped_in_title_heading_and_nav(hostile_site):
    html = article_html(hostile_site)
    title = html.split("<title>", 1)[1].split("</title>", 1)[0]
    assert html_lib.unescape(title).startswith(HOSTILE_TITLE.replace("  ", " "))
    assert html_lib.unescape(texts_of(html, "article-head")[0]).find("Council <b>votes</b>") >= 0
    home = (hostile_site / "index.html").read_text()
    assert "<script>alert(3)" not in home and "alert(3)" in html_lib.unescape(home)


def test_the_original_address_stays_one_attribute(hostile_site):
    links = [attributes for tag, attributes in tags_of(article_html(hostile_site))
             if tag == "a" and "article-original" in (attributes.get("class") or "")]
    assert [link.get("href") for link in links] == [HOSTILE_URL]
