"""A second story, end to end: the generator on articles it was not written for.

`fixtures/stories/kastania-bridge/` is a story folder like `seeds/`: a bridge collapse in northern Greece
told by six invented outlets (a wire agency, a local paper reprinting it, a national paper, a tabloid, a
foreign broadcaster and a trade journal), with the page furniture of their sites. It was written by
someone who did not know how the analysis works, with an answer key of what it plants
(`fixtures/stories/kastania-bridge-answers.md`); these tests check the findings a reader would look for
first, against that key.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sitebuild import site_files, texts_of
from storycheck import STORIES, ages, shown_with, story_fixture, variants

from generator.pipeline import Analysis

WIRE = "meridian-2024-10-15-greek-bridge-collapse-toll-rises-to-14"
REPRINT = "andover-gazette-2024-10-16-stockbridge-grandmother-among-bridge-victims"
NATIONAL = "athens-herald-2024-10-16-kastania-toll-climbs-to-15"
TABLOID = "daily-beacon-2024-10-17-bridge-of-death"
BROADCASTER = "danube-world-service-2024-10-19-greece-thousands-rally-over-bridge-collapse"
JOURNAL = "civil-structures-journal-2024-10-23-kastania-tendon-corrosion-under-scrutiny"


story = story_fixture("kastania-bridge")


@pytest.mark.parametrize("furniture", [
    "GMT+3", "Purchase Licensing Rights", "Trust Principles", "Chief Reporter", "NEWSROOM", "NEWSLETTER",
    "Sign up here", "Got a story?", "Do you have a story", "Skip next section", "Related topics",
    "ek/sms", "Send us your feedback", "in your inbox every weekday", "Updated:",
])
def test_no_page_furniture_is_left_in_the_text(story: Analysis, furniture: str) -> None:
    assert shown_with(story, furniture) == []


def test_no_network_name_is_left_alone_as_a_paragraph(story: Analysis) -> None:
    assert not [p for a in story.story.articles for p in a.paragraphs if p in ("Facebook", "X", "WhatsApp")]


def test_the_death_toll_conflicts_with_every_outlet_in_its_place(story: Analysis) -> None:
    # answer key §1: 14 (wire), at least 14 (reprint), 15 (national, broadcaster, journal), at least 12
    (dead,) = [g for g in story.comparisons.figures if g.counts == "killed" and g.event != "in 2018"]
    tally = {(t.value, t.qualifier): set(t.articles) for t in dead.tally}
    assert tally == {(15, "exact"): {NATIONAL, BROADCASTER, JOURNAL}, (14, "exact"): {WIRE},
                     (14, "at least"): {REPRINT}, (12, "at least"): {TABLOID}}
    assert dead.status == "conflict"
    assert dead.parts_status == "conflict"  # three children against two


def test_the_passengers_conflict_and_other_crowds_are_not_set_against_them(story: Analysis) -> None:
    # §3: 31 passengers (wire) against 29 (national); a town of 11,000 and marches of 20,000 are no claim
    # about the bus, nor are the 26 people still in hospital
    (bus,) = [g for g in story.comparisons.figures if g.subject == "passenger"]
    assert {t.value: set(t.articles) for t in bus.tally} == {31: {WIRE}, 29: {NATIONAL}}
    people = [g for g in story.comparisons.figures if g.counts == "people" and len(g.tally) > 1]
    assert people == [bus]


def test_the_dead_of_another_disaster_are_kept_apart(story: Analysis) -> None:
    # 'Italy's Morandi bridge in Genoa collapsed in 2018, killing 43 people'
    (genoa,) = [g for g in story.comparisons.figures if g.event == "in 2018"]
    assert [(v.value, v.article) for v in genoa.values] == [(43, BROADCASTER)]


@pytest.mark.parametrize(("kind", "expected"), [
    # answer key §4a: the inquiry opened on Monday 14 or on Tuesday 15 October
    ("investigation", {"2024-10-14": {WIRE, TABLOID, BROADCASTER},
                       "2024-10-15": {REPRINT, NATIONAL, JOURNAL}}),
    # §4d: the engineers' strike on Thursday 17 or on Friday 18
    ("strike", {"2024-10-17": {JOURNAL}, "2024-10-18": {BROADCASTER}}),
    # §4e: the families' lawsuit, on Monday 21 in both
    ("lawsuit", {"2024-10-21": {BROADCASTER, JOURNAL}}),
])
def test_the_dated_events_and_their_disagreements(story: Analysis, kind: str,
                                                  expected: dict[str, set[str]]) -> None:
    (event,) = [g for g in story.comparisons.dates if g.kind == kind]
    assert {t.date.isoformat(): set(t.articles) for t in event.tally} == expected
    assert event.status == ("conflict" if len(expected) > 1 else "agree")


def test_the_minister_s_words_are_his_in_every_outlet(story: Analysis) -> None:
    # §9.1: 'Nobody will be shielded' in five outlets, 'No one will be protected' in the national paper
    said = {q.span.article for notes in story.annotations.values() for q in notes.quotes
            if q.speaker == "christos-dimitriadis"}
    assert said == {WIRE, REPRINT, NATIONAL, TABLOID, BROADCASTER, JOURNAL}


def test_he_is_the_driver_named_since_the_mayor_spoke(story: Analysis) -> None:
    # §9.11: 'The bus driver, Vassilis Tzortzis, ... will be buried in Veroia on Thursday. Colleagues at the
    # bus company said he had complained about "the bridge shaking" for months.'
    (shaking,) = [q for q in story.annotations[NATIONAL].quotes if q.span.text == "the bridge shaking"]
    assert shaking.speaker == "vasilis-tzortzis"


@pytest.mark.parametrize(("written", "entity"), [
    ("Eleni Vlahou", "eleni-vlachou"), ("Stavros Papathanassiou", "stavros-papathanasiou"),
    ("Dimitra Karayianni", "dimitra-karagianni"), ("Athena Stavrou", "athina-stavrou"),
])
def test_names_spelled_another_way_are_found_as_variants(story: Analysis, written: str, entity: str) -> None:
    found = variants(story)
    assert (written, entity) in found
    assert not any(text == "Greek" for text, _ in found)  # a demonym, not a spelling of Greece


def test_the_tabloid_s_framing_is_in_its_headline(story: Analysis) -> None:
    # §11: 'BRIDGE OF DEATH: Brit gran's last holiday snap taken hours before Greek horror'
    (named,) = [g for g in story.comparisons.framing if g.group == "the-collapse"]
    tabloid = next(u for u in named.uses if u.article == TABLOID)
    assert tabloid.headline == ("bridge of death", "horror")
    assert {t.term for t in tabloid.terms} >= {"bridge of death", "horror"}


def test_the_wire_copy_is_found_in_its_reprints(story: Analysis) -> None:
    pairs = {frozenset((r.a, r.b)): r for r in story.comparisons.reuse if r.passages}
    assert frozenset((REPRINT, WIRE)) in pairs and frozenset((BROADCASTER, WIRE)) in pairs
    copied = " ".join(p.a_text for p in pairs[frozenset((REPRINT, WIRE))].passages)
    assert "212-metre prestressed concrete structure" in copied


def test_the_site_builds_and_the_wire_page_shows_the_toll_conflict(tmp_path: Path) -> None:
    site = site_files(tmp_path, STORIES / "kastania-bridge")
    pages = {path for path in site if path.startswith("articles/") and path.endswith("/index.html")}
    every = (WIRE, REPRINT, NATIONAL, TABLOID, BROADCASTER, JOURNAL)
    assert {f"articles/{a}/index.html" for a in every} <= pages
    conflicts = texts_of(site[f"articles/{WIRE}/index.html"].decode(), "cmp-item-conflict")
    toll = next(text for text in conflicts if "killed" in text)
    assert "14 killed" in toll and "15: The Athens Herald" in toll


def test_each_named_person_s_ages_side_by_side(story: Analysis) -> None:
    # §5 and §6: the driver 52 or 53, the grandmother 67 or 68
    found = ages(story)
    assert found["Vasilis Tzortzis"] == {52: {WIRE, TABLOID}, 53: {NATIONAL}}
    assert found["Margaret Hollis"] == {67: {REPRINT}, 68: {TABLOID}}
