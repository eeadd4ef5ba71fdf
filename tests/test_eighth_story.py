"""An eighth story, end to end: a ferry capsizing on a Kenyan lake, measured blind before it was fixed for.

`fixtures/stories/lake-ferry/` and its key (`lake-ferry-answers.md`) were written by someone who did not
know how the analysis works: a broadcaster's video page with a transcript, a wire story shown on a news
aggregator, a regional site's print view reprinting the wire, an aid group's flash update with tables, a
newspaper's e-paper text (hard-wrapped columns, hyphenated words, a page jump) and a magazine longread
copied from a web archive. On first contact the site still showed 105 of the 251 furniture lines the key
lists (60 of them as whole paragraphs) and lost one of its 35 story lines that look like furniture; no
age, no capsizing date and no memorial service was compared, and the toll's rise over the week was a
'conflict'.
"""

from __future__ import annotations

from storycheck import ages, copied, story_fixture, tally, variants

from generator.pipeline import Analysis

MAGAZINE = "mizani-weekly-2026-03-14-the-last-crossing-of-the-nyota-ya-ziwa"
TV = "mwangaza-tv-2026-03-08-lake-nyasoro-ferry-capsizes-14-dead-dozens-missing"
WIRE = ("savanna-press-agency-2026-03-09-death-toll-in-kenya-ferry-capsizing-rises-to-23-as-navy-divers-"
        "join-search")
EPAPER = "the-equator-herald-2026-03-12-ferry-captain-in-court-as-toll-climbs-to-41"
AID = "tumaini-relief-network-2026-03-11-kenya-lake-nyasoro-ferry-capsizing-flash-update-no-3"
REGIONAL = "ziwani-times-2026-03-10-cs-njoroge-announces-sh50-million-fund-as-lake-nyasoro-ferry-toll-hits-31"


story = story_fixture("lake-ferry")


def test_the_toll_rose_over_the_week_and_its_steps_are_no_tolls(story: Analysis) -> None:
    # §1.1 and §2.3: 14 (Sunday), 23, 31, 38 (the flash update's 'confirmed deaths'), 41, 43 (Saturday);
    # 'eight more bodies' and 'three more bodies' are steps of the tally, not tolls
    toll = next(g for g in story.comparisons.figures if g.counts == "killed" and 43 in tally(g))
    assert {14, 23, 31, 38, 41, 43} <= set(tally(toll)) and not {3, 8} & set(tally(toll))
    assert toll.status == "updated"


def test_each_survivor_s_and_the_captain_s_ages_conflict(story: Analysis) -> None:
    # §1.7: the captain 46 or 48, the trader 29 or 31, the fisherman 34 or 36
    found = ages(story)
    assert found["Joseph Ochieng’ Owino"] == {46: {EPAPER}, 48: {MAGAZINE}}
    assert found["Héritier Kabongo"] == {29: {WIRE}, 31: {MAGAZINE}}
    assert found["Samuel Otieno"] == {34: {REGIONAL}, 36: {MAGAZINE}}


def test_the_capsizing_and_the_memorial_are_dated(story: Analysis) -> None:
    # §2.1: Saturday 7 March in the broadcaster, the regional site and the flash update, against the
    # e-paper's 'Friday evening' (planted; its columns and hyphens read whole, 'capsized on Lake ⏎ Nyasoro
    # on Friday evening was yester- ⏎ day'); the wire's dateline, 'March 9', dates no capsizing. §2.6:
    # the memorial on Thursday 12 (the magazine's 'Friday, March 12') against Friday 13 (the e-paper's
    # 'tomorrow')
    capsized = next(g for g in story.comparisons.dates if g.kind == "disaster")
    dates = {t.date.isoformat(): set(t.articles) for t in capsized.tally}
    assert set(dates) == {"2026-03-07", "2026-03-06"} and dates["2026-03-06"] == {EPAPER}
    assert {TV, REGIONAL, AID} <= dates["2026-03-07"] and capsized.status == "conflict"
    memorial = next(g for g in story.comparisons.dates
                    if g.kind == "funeral" and any(t.date.isoformat() == "2026-03-13" for t in g.tally))
    assert {t.date.isoformat(): set(t.articles) for t in memorial.tally} == {
        "2026-03-12": {MAGAZINE}, "2026-03-13": {EPAPER}}
    assert memorial.status == "conflict"


def test_the_spellings_left_out_of_the_knowledge_base_are_found(story: Analysis) -> None:
    # §5: seven of the ten spellings left out on purpose
    assert {("Samwel Okello", "samuel-okello"), ("Lake Nyasolo", "lake-nyasoro"),
            ("Hesron Lagat", "hezron-lagat"), ("Rashid Saleem", "rashid-salim"),
            ("Ebrahim Abdi", "ibrahim-abdi"), ("Rose Akinyi Odiambo", "rose-akinyi-odhiambo"),
            ("Heritier Kabongo", "heritier-kabongo")} <= variants(story)


def test_the_magazine_s_pull_quote_is_the_ticket_clerk_s(story: Analysis) -> None:
    # §6.11: 'Nobody counted the people. They counted the money.', set again as a pull quote, is Joseph
    # Owuor's, not the trader's quoted before it
    said = {q.speaker for q in story.annotations[MAGAZINE].quotes
            if q.span.text.startswith("Nobody counted the people")}
    assert said == {"joseph-owuor"}


def test_the_wire_copy_is_found_in_the_regional_site(story: Analysis) -> None:
    # §8.1: the regional site reprints the wire's paragraphs, lightly edited
    passages = copied(story, WIRE, REGIONAL)
    assert "manifest listed 152 passengers, but survivors and officials said many more people" in passages


def test_the_reprint_s_changed_capacity_conflicts_and_the_manifest_is_another_count(story: Analysis) -> None:
    # §1.3: the regional site reprints the wire's 'certified to carry 120 passengers' as 100 (and keeps the
    # quote with 120); the e-paper's '10 crew' against five. §1.2: the manifest's 152 is no capacity.
    passengers = [g for g in story.comparisons.figures if g.counts == "people" and g.subject == "passenger"]
    capacity = next(g for g in passengers if 120 in tally(g))
    assert tally(capacity)[100] == {REGIONAL} and 152 not in tally(capacity)
    assert capacity.status == "conflict"
    assert any(tally(g) == {152: {WIRE, REGIONAL, AID}} for g in passengers)
    crew = next(g for g in story.comparisons.figures if g.counts == "people" and g.subject == "crew")
    assert tally(crew) == {5: {WIRE, REGIONAL, MAGAZINE}, 10: {EPAPER}}


def test_the_payment_per_family_conflicts_in_every_shilling_notation(story: Analysis) -> None:
    # §1.6: 'Sh300,000', 'KES 300,000' against the e-paper's 'KSh 500,000'; the fund 'Sh50 million',
    # 'KES 50 million', 'KSh 50m', '50 million shillings' agrees
    shillings = [tally(g) for g in story.comparisons.figures if g.counts == "shillings"]
    assert {300_000: {REGIONAL, AID, MAGAZINE}, 500_000: {EPAPER}} in shillings
    assert {50_000_000: {REGIONAL, AID, EPAPER, MAGAZINE}} in shillings


def test_a_conversion_a_tenth_of_the_others_conflicts(story: Analysis) -> None:
    # §1.6: 'Sh50 million ($38,500)' in the magazine against '($385,000)' for the same 50 million shillings
    (converted,) = [g for g in story.comparisons.figures if g.counts == "dollars"
                    and g.subject == "as 50,000,000 shillings"]
    assert tally(converted) == {385_000: {AID, EPAPER}, 38_500: {MAGAZINE}} and converted.status == "conflict"
