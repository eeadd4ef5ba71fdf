"""Properties over arbitrary text: annotation never crashes, and a rendered paragraph shows exactly its
text."""

from __future__ import annotations

import html
import re

from annotate_helpers import make_article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sitebuild import SEEDS

from generator.annotate import annotate
from generator.model import KnowledgeBase
from generator.prepare import prepare_story
from generator.read import read_story
from generator.render.articles import entity_links, paragraph_html
from generator.render.inline import marks_by_paragraph

KB: KnowledgeBase = prepare_story(read_story(SEEDS))[0].knowledge
LINKS = entity_links(KB.entities, "../../")
WORDS = st.sampled_from(["Abbas", "said", "nine", "Palestinians", "were", "killed", "on", "Thursday", '"',
                         "“", "”", "'", "PA", "Rudaineh", "terrorists", "10", "more than", "<b>", "{{", "|",
                         "#", ",", ".", "Jenin", "raid", "according to", "the", "IDF"])
TEXT = st.one_of(st.lists(WORDS, min_size=1, max_size=40).map(" ".join),
                 st.text(min_size=1, max_size=200).map(lambda s: " ".join(s.split()) or "x"))
TAGS = re.compile(r"<span class=\"ann-tip\"[^>]*>.*?</span>|<[^>]+>")


def visible_text(fragment: str) -> str:
    """The paragraph's text as a browser shows it (tooltips are hidden until hover)."""
    text, previous = fragment, None
    while previous != text:  # tooltips nest inside marks: strip innermost first
        previous, text = text, re.sub(r"<span class=\"ann-tip\"[^>]*>[^<]*</span>", "", text)
    return html.unescape(TAGS.sub("", text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT, min_size=1, max_size=5))
def test_annotation_never_crashes_and_keeps_every_paragraph(paragraphs):
    article = make_article(paragraphs)
    notes = annotate(article, KB)
    for found in (*notes.mentions, *notes.quotes, *notes.figures, *notes.dates, *notes.terms):
        span = found.span
        assert 0 <= span.paragraph < len(paragraphs)
        assert paragraphs[span.paragraph][span.start:span.end] == span.text
    marks = marks_by_paragraph(notes, LINKS.tips, LINKS.hrefs)
    for index, text in enumerate(paragraphs):
        fragment = str(paragraph_html(marks.get(index, []), index, text))
        assert not re.search(r"<a [^>]*>(?:(?!</a>).)*tabindex", fragment), "no focusable mark inside a link"
        shown = visible_text(fragment)
        assert shown == re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]", "\ufffd", text)
