"""The framing-terms annotator: whole words, any case, longest match wins.

- `fixtures/terms/*.yml`: a lexicon of another story and texts using it, with every use expected;
- the seeds with the story's own knowledge base: each outlet's choice of words is found;
- properties: any text is annotated without failing, and uses never overlap.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from annotate_helpers import FIXTURES, SEEDS, case_article, make_article, seed_article
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.annotate.terms import find_headline_terms, find_terms
from generator.model import HEADLINE, FramingGroup, FramingTerm, KnowledgeBase


def _lexicon(data: list[dict[str, Any]]) -> KnowledgeBase:
    groups = tuple(FramingGroup(g["id"], g["label"], tuple(_term(t) for t in g["terms"])) for g in data)
    return KnowledgeBase(framing=groups)


def _term(data: dict[str, Any]) -> FramingTerm:
    return FramingTerm(data["label"], tuple(data.get("patterns", ())))


def _cases() -> list[tuple[str, KnowledgeBase, dict[str, Any]]]:
    cases: list[tuple[str, KnowledgeBase, dict[str, Any]]] = []
    for path in sorted((FIXTURES / "terms").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        kb = _lexicon(data["lexicon"])
        cases.extend((f"{path.stem}-{n}", kb, case) for n, case in enumerate(data["cases"], start=1))
    return cases


CASES = _cases()


@pytest.mark.parametrize(("kb", "case"), [(kb, c) for _, kb, c in CASES], ids=[i for i, _, _ in CASES])
def test_fixture(kb: KnowledgeBase, case: dict[str, Any]) -> None:
    uses = find_terms(case_article(case), kb)
    assert [[u.span.text, u.group, u.term] for u in uses] == case["uses"]


def test_spans_point_into_their_paragraph() -> None:
    kb = _lexicon([{"id": "g", "label": "G", "terms": [{"label": "raid", "patterns": ["raid", "raids"]}]}])
    article = make_article(["No.", "Two raids, one RAID’s aftermath."], article_id="wire")
    uses = find_terms(article, kb)
    assert [(u.span.paragraph, u.span.start, u.span.text) for u in uses] == [(1, 4, "raids"), (1, 15, "RAID")]


def test_the_headline_s_terms_are_found_apart_from_the_text() -> None:
    kb = _lexicon([{"id": "event", "label": "The event", "terms": [
        {"label": "bridge of death"}, {"label": "tragedy"}, {"label": "collapse"}]}])
    article = make_article(["The collapse killed 15."])
    article = dataclasses.replace(article, meta=dataclasses.replace(article.meta,
                                                                     title="BRIDGE OF DEATH: a tragedy"))
    found = find_headline_terms(article, kb)
    assert [(u.term, u.span.text, u.span.paragraph) for u in found] == [
        ("bridge of death", "BRIDGE OF DEATH", HEADLINE), ("tragedy", "tragedy", HEADLINE)]
    assert article.meta.title[found[1].span.start:found[1].span.end] == "tragedy"
    assert [u.term for u in find_terms(article, kb)] == ["collapse"]  # the text's own, without the headline's


def test_no_lexicon_no_terms() -> None:
    assert find_terms(make_article(["A raid, a massacre, an operation."]), KnowledgeBase()) == ()


def test_the_seeds_with_their_knowledge_base() -> None:
    """What a reader compares across the outlets: how each names the operation and the dead."""
    from generator.knowledge import load_knowledge
    from generator.read import read_story

    found = read_story(Path(SEEDS))
    assert found.knowledge is not None
    kb, _ = load_knowledge(found.knowledge)
    published = {"jpost": "2023-01-26", "worldisraelnews": "2023-01-26", "tps": "2023-02-01",
                 "ynetnews": "2023-02-05", "unidentified": "2023-02-05"}
    terms, texts = {}, {}
    for seed in found.seeds:
        article = seed_article(seed.slug, published[seed.slug.split("-")[0]])
        uses = find_terms(article, kb)
        terms[seed.slug.split("-")[0]] = {(u.group, u.term) for u in uses}
        texts[seed.slug.split("-")[0]] = [u.span.text for u in uses]
    # "the Israeli security forces' major counter-terrorism operation": one use, not also 'operation'
    assert texts["jpost"].count("counter-terrorism operation") == 1
    assert "halt" in texts["jpost"] and "Judea and Samaria" not in texts["jpost"]
    assert ("the-operation", "counter-terror raid") in terms["tps"]
    assert ("the-operation", "counterterrorism raid") in terms["ynetnews"]
    assert ("the-dead", "armed militants") in terms["ynetnews"]
    assert ("the-dead", "militants") not in terms["ynetnews"]  # 'armed militants' is the longer match
    assert ("the-dead", "terrorists") in terms["unidentified"]
    assert ("the-territory", "Judea and Samaria") in terms["worldisraelnews"]
    assert ("the-territory", "West Bank") in terms["jpost"]


LEXICON = _lexicon([
    {"id": "a", "label": "A", "terms": [{"label": "raid", "patterns": ["raid", "counter-raid"]},
                                        {"label": "big raid", "patterns": ["big raid"]}]},
    {"id": "b", "label": "B", "terms": [{"label": "x", "patterns": ["a b", "b c", "x"]}]},
])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["raid", "big", "counter", "-", "a", "b", "c", "x", "RAID", " ", ",", "'"]),
                max_size=30).map(" ".join))
def test_any_text_gives_uses_that_never_overlap(text: str) -> None:
    article = make_article([text])
    uses = find_terms(article, LEXICON)
    for first, second in zip(uses, uses[1:], strict=False):
        assert first.span.end <= second.span.start
    for use in uses:
        assert text[use.span.start:use.span.end] == use.span.text


# --- one scan for the whole lexicon ---------------------------------------------------------------

OVERLAPPING = _lexicon([
    {"id": "op", "label": "Operation", "terms": [
        {"label": "raid", "patterns": ["raid", "raids"]},
        {"label": "raid raid", "patterns": ["raid raid"]},
        {"label": "counter-terror raid", "patterns": ["counter-terror raid", "counterterror raid"]},
        {"label": "terror", "patterns": ["terror", "Terror"]},
        {"label": "a", "patterns": ["a", "a-b", "b a"]}]},
])


def _one_scan_per_form(text: str, kb: KnowledgeBase) -> list[tuple[int, int, str]]:
    """The uses as a scan per form finds them, overlaps settled the same way: what the one scan must equal."""
    from bisect import bisect_left

    from generator.annotate.terms import AFTER, APOSTROPHES, BEFORE, JOINER

    searched = text.translate(APOSTROPHES)
    hits = []
    forms = [(g.id, t.label, f) for g in kb.framing for t in g.terms for f in t.patterns or (t.label,)]
    for order, (_, term, form) in enumerate(forms):
        words = [w for w in re.split(r"[-‐‑–\s]+", form.translate(APOSTROPHES).strip()) if w]
        pattern = re.compile(BEFORE + JOINER.join(map(re.escape, words)) + AFTER, re.IGNORECASE)
        written = form.translate(APOSTROPHES).strip().lower()
        hits += [(m.start(), m.end(), m.group().lower() != written, order, term)
                 for m in pattern.finditer(searched)]
    kept: list[tuple[int, int, bool, int, str]] = []
    for hit in sorted(hits, key=lambda h: (h[0] - h[1], h[0], h[2], h[3])):
        at = bisect_left(kept, (hit[0],))
        if (at == len(kept) or kept[at][0] >= hit[1]) and (at == 0 or kept[at - 1][1] <= hit[0]):
            kept.insert(at, hit)
    return [(start, end, term) for start, end, _, _, term in kept]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["raid", "raids", "RAID", "counter", "terror", "Terror", "counterterror",
                                 "counter-terror", "-", "–", "a", "b", "a-b", "’", "'", ",", "  ", "\n"]),
                max_size=25).map(" ".join))
def test_one_scan_of_the_lexicon_finds_what_a_scan_per_form_finds(text: str) -> None:
    uses = find_terms(make_article([text]), OVERLAPPING)
    assert [(u.span.start, u.span.end, u.term) for u in uses] == _one_scan_per_form(text, OVERLAPPING)

