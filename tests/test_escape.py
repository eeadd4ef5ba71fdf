import html
import json
import re
from xml.etree import ElementTree

import pytest

from generator.pipeline import analyse
from generator.render.escape import block_text, html_text, json_for_script, md_text, url_path, yaml_string
from generator.render.feed import atom_feed

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "{{ config.site_name }} {% include 'x' %}",
    '--8<-- "mkdocs.yml"',
    "# heading | pipe | table",
    "{: onclick=alert(1) }",
    "*emphasis* _under_ `code` ~~del~~ ==mark== ^^ins^^",
    "<!-- comment",
    "a\x00b\x1bc\ud800d",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_has_no_markup_characters_left(text):
    escaped = re.sub(r"&#?[0-9a-z]+;", "", str(md_text(text)))  # character references are inert
    for special in "<>{}[]`*|#\"'":
        assert special not in escaped
    assert "\n" not in escaped


@pytest.mark.parametrize("text", HOSTILE[:9])
def test_the_browser_shows_the_original_text(text):
    assert html.unescape(str(html_text(text))) == " ".join(text.split())


@pytest.mark.parametrize("text", HOSTILE)
def test_text_in_a_raw_html_block_keeps_no_html_or_jinja_character(text):
    escaped = str(block_text(text))
    assert not set(re.sub(r"&#?[0-9a-z]+;", "", escaped)) & set("<>{}\"'")
    assert "\n" not in escaped
    assert html.unescape(escaped) == html.unescape(str(html_text(text)))  # the reader sees the same text


def test_unshowable_characters_are_replaced_not_dropped():
    assert html.unescape(str(html_text("a\x00b\ud800c"))) == "a\ufffdb\ufffdc"


def test_noncharacters_are_replaced_so_that_the_atom_feed_stays_xml(tmp_path):
    # U+FFFE (a byte-swapped BOM) in a headline made feed.xml unreadable: XML has no such character
    shown = html.unescape(str(html_text("a\ufffeb\uffffc\ufdd0d\U0010ffffe")))
    assert shown == "a\ufffdb\ufffdc\ufffdd\ufffde"
    (tmp_path / "story.yml").write_text("title: T\nsummary: S\n")
    (tmp_path / "a.txt").write_text("Head\ufffeline\n\nThe harbour closed on Monday, officials said.\n")
    (tmp_path / "a.yml").write_text("outlet: A\npublished: 2024-01-01\n")
    feed = atom_feed(analyse(tmp_path).story, "https://example.org/")
    titles = [t.text for t in ElementTree.fromstring(feed).iter("{http://www.w3.org/2005/Atom}title")]
    assert "A: Head\ufffdline" in [html.unescape(t or "") for t in titles]


def test_front_matter_value_is_a_yaml_string_of_escaped_html():
    value = yaml_string('Title: "quoted" <b>')
    assert json.loads(str(value)) == "Title&#58; &quot;quoted&quot; &lt;b&gt;"


def test_json_for_a_script_element_cannot_close_it():
    text = str(json_for_script({"headline": "</script><script>alert(1)</script>"}))
    assert "</script" not in text
    assert json.loads(text)["headline"] == "</script><script>alert(1)</script>"


@pytest.mark.parametrize("target", ["javascript:alert(1)", "a b", "//evil.example/x", "x\"onclick"])
def test_link_targets_must_be_our_own_slugs(target):
    with pytest.raises(ValueError):
        url_path(target)


def test_slug_link_targets_pass_unchanged():
    assert url_path("../articles/a-b_c.md#p-4") == "../articles/a-b_c.md#p-4"
