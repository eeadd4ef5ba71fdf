"""A fourteenth story, end to end: a crush at a football stadium, measured blind before it was fixed for.

`fixtures/stories/stadium-crush/` and its key (`stadium-crush-answers.md`) were written by someone who did
not know how the analysis works, on six kinds of page the rules had not met: a live minute-by-minute
commentary that turns into news, a fan's Bluesky thread, a feed reader's view of a wire story, a
ministry's statement copied from its PDF, a photo agency's gallery whose captions carry the story, and a
national daily's AMP page. On first contact the site showed 129 of the 357 furniture lines the key lists
(103 as whole paragraphs) and took two of the gallery's captions, which are its text, for captions. The
analysis found at once the canisters, the tickets' tenfold slip, the wrong dollar conversion, the
misattributed quote and the wrong weekday; the stadium's capacity was no figure ('a capacity of 38,000').
After rules for these kinds of page: 6 shown (none as a whole paragraph: team names inside commentary and
the agency's credit at the end of each kept caption), none lost.
"""

from __future__ import annotations

from storycheck import ages, claim, speakers_differ, story_fixture, tally

from generator.pipeline import Analysis
from generator.render.sidebar import render_sidebar

GALLERY = "archipelago-images-2026-04-28-purwasari-stadium-crush"
THREAD = "dimas-aji-pratama-bluesky-2026-04-27-i-was-in-the-south-stand-at-sekarmadu-last-night"
LIVE = "kickoff-asia-2026-04-25-persipur-1-2-bintang-purwasari-derby-ends-in-tragedy"
MINISTRY = ("ministry-of-youth-and-sports-2026-04-27-official-statement-on-the-tragedy-at-gelora-"
            "sekarmadu-stadium")
WIRE = "pacific-rim-press-2026-04-27-indonesia-stadium-crush-toll-rises-to-131"
DAILY = "the-nusantara-herald-2026-04-29-purwasari-mourns-at-gate-13-as-police-arrest-club-officials"


story = story_fixture("stadium-crush")


def test_the_planted_counts_conflict(story: Analysis) -> None:
    # §1.6 4,250 tickets, a tenth of 42,500; §1.7 21 canisters against 11; §1.10 Rp 50 million given as
    # about US$30,000 instead of $3,000
    assert claim(story, "tickets", 4_250) == {42_500: {GALLERY, MINISTRY, WIRE}, 4_250: {DAILY}}
    assert claim(story, "canisters", 21) == {11: {LIVE, WIRE}, 21: {DAILY}}
    assert claim(story, "dollars", 30_000) == {3_000: {WIRE}, 30_000: {DAILY}}


def test_the_toll_that_rose_is_one_claim_and_the_wire_s_135_conflicts(story: Analysis) -> None:
    # §1.1: 8 → 34 → 87 → 98 → 112 → 131 → 133 over three days; the wire's 135 on Monday is planted
    toll = next(g for g in story.comparisons.figures if g.counts == "killed" and 135 in tally(g))
    assert {8, 98, 131, 133, 135} <= set(tally(toll)) and toll.status == "conflict"


def test_the_stadium_s_capacity_is_a_count_and_the_gallery_s_42_000_conflicts(story: Analysis) -> None:
    # §1.5: 'a certified capacity of 38,000' (a number with no noun after it) against the caption's 'is
    # 42,000 spectators', which counts once the gallery's captions are kept as its text
    assert claim(story, "capacity", 38_000) == {38_000: {MINISTRY, WIRE, DAILY}, 42_000: {GALLERY}}


def test_the_cousin_s_age_given_by_pronoun_conflicts_with_the_daily_s(story: Analysis) -> None:
    # §1.9: the thread's 'my uncle found him. He was 15.' against the daily's 'Rizky Maulana, 16'
    assert ages(story)["Rizky Maulana"] == {15: {THREAD}, 16: {DAILY}}


def test_the_police_chief_s_words_given_to_another_are_shown_as_such(story: Analysis) -> None:
    # §6: the daily gives the city police chief's words to the provincial police chief
    found = speakers_differ(story)
    assert found[frozenset({"hendra-wicaksono", "bambang-harsono"})] >= {WIRE, DAILY}


def test_the_wrong_weekday_of_the_league_s_suspension_is_told_in_the_sidebar(story: Analysis) -> None:
    # §2: 'Monday, April 26'; 26 April 2026 was a Sunday
    html = render_sidebar(DAILY, story.comparisons, story.story)
    assert "This article calls it a Monday; 26 Apr 2026 was a Sunday." in html


def test_the_old_and_the_new_spelling_of_a_name_are_one_man(story: Analysis) -> None:
    # §5: Soedibyo (the old spelling) and Sudibyo
    (group,) = [g for g in story.comparisons.names if g.entity == "rahmat-soedibyo"]
    assert {s.text for s in group.spellings} == {"Rahmat Soedibyo", "Rahmat Sudibyo"}
