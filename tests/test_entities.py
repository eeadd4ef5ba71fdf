"""The entities annotator: names and aliases, spelling variants, and unknown names for the knowledge base.

- `fixtures/entities/*.yml`: texts written for these tests, with every mention (and candidate) expected;
- the seeds with the story's knowledge base: what a reader would link, and the variants `check` reports;
- properties: any text is annotated without failing; mentions never overlap and are inside their paragraph.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from annotate_helpers import FIXTURES, make_article, seed_article
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.annotate.entities import find_candidates, find_mentions, is_acronym, is_variant, skeleton
from generator.knowledge import load_knowledge
from generator.model import Entity, KnowledgeBase
from generator.yamlsrc import load_yaml

ROOT = Path(__file__).resolve().parents[1]
JPOST = "jpost-2023-01-26-pa-ends-security-coordination"
WIN = "worldisraelnews-2023-01-26-palestinians-sever-security-ties"


def _kb(entities: list[dict[str, Any]]) -> KnowledgeBase:
    return KnowledgeBase(entities=tuple(
        Entity(e["id"], e["name"], e["type"], e.get("description", ""), tuple(e.get("aliases", ())))
        for e in entities))


def _cases() -> list[Any]:
    found = []
    for path in sorted((FIXTURES / "entities").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        kb = _kb(data["entities"])
        found += [pytest.param(kb, case, id=f"{path.stem}: {case['name']}") for case in data["cases"]]
    return found


@pytest.mark.parametrize(("kb", "case"), _cases())
def test_fixture_mentions(kb: KnowledgeBase, case: dict[str, Any]) -> None:
    text = case["text"]
    article = make_article([text] if isinstance(text, str) else list(text))
    mentions = find_mentions(article, kb)
    expected = [(m[0], m[1], len(m) > 2) for m in case["mentions"]]
    assert [(m.span.text, m.entity, m.variant) for m in mentions] == expected
    if "candidates" in case:
        assert [s.text for s in find_candidates(article, kb, mentions)] == case["candidates"]


def _seed_kb() -> KnowledgeBase:
    doc, _ = load_yaml((ROOT / "seeds" / "knowledge.yml").read_text(encoding="utf-8"), "seeds/knowledge.yml")
    assert doc is not None
    return load_knowledge(doc)[0]


def test_seed_mentions_link_people_organisations_and_places() -> None:
    kb = _seed_kb()
    article = seed_article(JPOST, "2023-01-26")
    found = {(m.span.text, m.entity) for m in find_mentions(article, kb)}
    assert {("Palestinian Authority", "palestinian-authority"), ("PA", "palestinian-authority"),
            ("Mahmoud Abbas", "mahmoud-abbas"), ("Abbas", "mahmoud-abbas"), ("Shtayyeh", "mohammad-shtayyeh"),
            ("Jenin Refugee Camp", "jenin-refugee-camp"),
            ("Palestinian Islamic Jihad", "palestinian-islamic-jihad"),
            ("Barbara Leaf", "barbara-leaf"), ("Leaf", "barbara-leaf"), ("PLO", "plo")} <= found
    assert ("Jenin", "jenin") not in {(t, e) for t, e in found if t.startswith("Jenin R")}


def test_seed_variant_spelling_is_found_and_attached() -> None:
    """The Post and World Israel News write 'Rudaineh', the knowledge base 'Rudeineh'."""
    kb = _seed_kb()
    for slug in (JPOST, WIN):
        mentions = find_mentions(seed_article(slug, "2023-01-26"), kb)
        variants = {(m.span.text, m.entity) for m in mentions if m.variant}
        assert ("Nabil Abu Rudaineh", "nabil-abu-rudeineh") in variants
        assert {e for _, e in variants} == {"nabil-abu-rudeineh"}


def test_seed_candidates_are_names_missing_from_the_knowledge_base() -> None:
    kb = _seed_kb()
    article = seed_article(WIN, "2023-01-26")
    candidates = [s.text for s in find_candidates(article, kb, find_mentions(article, kb))]
    assert candidates == ["Donald Trump", "Deal of the Century"]


def test_helpers() -> None:
    assert skeleton("Rudeineh") == skeleton("Rudaineh") == "rdnh"
    assert is_variant("Mohammed", "Mohammad") and is_variant("Yusuf", "Yousef")
    assert not is_variant("Israeli", "Israel") and not is_variant("Homs", "Hamas")
    assert not is_variant("Leaf", "Leaf")
    # Greek names as English copy writes them: χ as 'ch' or 'h', γ before i as 'g' or 'y'
    assert is_variant("Vlahou", "Vlachou") and is_variant("Karayianni", "Karagianni")
    assert not is_variant("Chris", "Kris")  # reading 'ch' as 'h' makes no Kris of a Chris
    # Polish and Nordic letters that Unicode does not decompose, as English copy drops them
    assert is_variant("Pawlowski", "Pawłowski") and is_variant("Soren", "Søren")
    # Polish 'ą' written as it sounds before a 'b': 'om'; a nasal before an 's' is another name
    assert is_variant("Dombrowski", "Dąbrowski") and is_variant("Dombrowski", "Dabrowski")
    assert not is_variant("Benson", "Besson")
    # another word of the same stem is no spelling of it
    assert not is_variant("Greek", "Greece") and not is_variant("Minister", "Ministry")
    assert not is_variant("Ukrainian", "Ukraine") and not is_variant("Italian", "Italy")  # a demonym
    assert is_acronym("PA") and is_acronym("U.S.")
    assert not is_acronym("Hamas") and not is_acronym("UN Security Council")


def test_no_knowledge_base_no_mentions() -> None:
    article = make_article(["Ellen Okafor said the Port of Dover was closed."])
    assert find_mentions(article, KnowledgeBase()) == ()
    candidates = find_candidates(article, KnowledgeBase(), ())
    assert [s.text for s in candidates] == ["Ellen Okafor", "Port of Dover"]


WORDS = st.sampled_from(["Abu", "Rudaineh", "Rudeineh", "al-Arouri", "Saleh", "US", "us", "U.S.", "Israel's",
                         "the", "said", "Leaf", "leaf", "Port", "of", "Dover", ",", ".", "'", '"', "-", " ",
                         "Président", "ÉTAT"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(WORDS, max_size=30).map(" ".join), min_size=1, max_size=3))
def test_any_text_is_annotated_without_failing(paragraphs: list[str]) -> None:
    kb = _kb(yaml.safe_load((FIXTURES / "entities" / "names.yml").read_text(encoding="utf-8"))["entities"])
    paragraphs = [" ".join(p.split()) or "x" for p in paragraphs]
    article = make_article(paragraphs)
    mentions = find_mentions(article, kb)
    ends: dict[int, int] = {}
    for mention in mentions:
        text = paragraphs[mention.span.paragraph]
        assert mention.span.text == text[mention.span.start:mention.span.end] != ""
        assert mention.span.start >= ends.get(mention.span.paragraph, 0)
        ends[mention.span.paragraph] = mention.span.end
    for span in find_candidates(article, kb, mentions):
        assert span.text == paragraphs[span.paragraph][span.start:span.end]
