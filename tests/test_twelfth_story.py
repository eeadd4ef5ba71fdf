"""A twelfth story, end to end: a cyanide spill down the Tisza, measured blind before it was fixed for.

`fixtures/stories/tisza-spill/` and its key (`tisza-spill-answers.md`) were written by someone who did not
know how the analysis works, on six kinds of page the rules had not met: a parliament's verbatim record, a
weekly paper read by OCR, a wire story with its update history and a factbox, an environmental group's
blog, a video page with its automatic transcript, and a mobile page that runs on into the next, unrelated
article. Figures come in cubic metres and litres, milligrams per litre, lei, forints and euros. On first
contact the site showed 107 of the 309 furniture lines the key lists (74 as whole paragraphs); the record
quoted no one (its speakers' labels were not read), the volumes were counted as distances, the spill's
verbs dated nothing and the site manager's three spellings were not seen. After rules for these kinds of
page: 22 shown (1 as a whole paragraph), none lost; the speakers' labels inside the record's paragraphs
and an OCR'd column rule ('|') stay in the text.
"""

from __future__ import annotations

import pytest
from storycheck import ages, claim, shown_with, story_fixture

from generator.pipeline import Analysis
from generator.render.sidebar import render_sidebar

OCR = "alfold-courier-2026-03-19-poison-in-the-tisza-a-week-without-tap-water-in-tiszaborosd"
WIRE = "eurowire-2026-03-14-cyanide-plume-reaches-tisza-as-hungarian-town-shuts-water-intake"
RECORD = ("national-assembly-of-hungary-2026-03-16-questions-to-the-minister-of-the-interior-on-the-"
          "poisoning-of-the-tisza")
VIDEO = "pannonia-report-2026-03-21-cyanide-in-the-tisza-we-followed-the-poison-from-a-broken-dam-to-szolnok"
BLOG = "tisza-keepers-2026-03-18-eight-days-on-the-szamos-counting-the-dead-and-counting-the-cost"
MOBILE = "vojvodina-herald-2026-03-24-cyanide-plume-reaches-serbia-donji-tisovac-shuts-its-water-intake"


story = story_fixture("tisza-spill")


@pytest.mark.parametrize("furniture", [
    # §9: the record's procedure and reactions, the wire's trailer, the blog's petition and donation boxes,
    # the video page's counts and comments, the mobile page's next article
    "has one minute for his rejoinder", "Hon. Members: Hear, hear!", "(Applause from the LMP benches.)",
    "Record pages 23–26 of 112", "Our Standards", "48,213 people have signed", "Other amount",
    "Continued on page 4", "My grandfather fished the Tisza for fifty years", "Zrenjanin brewery",
    "Bread to cost 10 dinars more",
])
def test_no_page_furniture_is_left_in_the_text(story: Analysis, furniture: str) -> None:
    assert shown_with(story, furniture) == []


def test_the_planted_figures_conflict(story: Analysis) -> None:
    # §1.2 the cyanide reading ten times too high in the reprint; §1.4 the fine's euro conversion two and a
    # half times too high; §1.7 the managers held 60 days against 30
    assert claim(story, "milligrams", 24)[24] == {MOBILE} and WIRE in claim(story, "milligrams", 24)[2.4]
    euros = claim(story, "euros", 750_000)
    assert euros[750_000] == {MOBILE} and euros[295_000] == {BLOG} and RECORD in euros[300_000]
    assert claim(story, "days", 60) == {30: {WIRE, VIDEO}, 60: {MOBILE}}


def test_a_volume_in_litres_is_the_same_claim_as_one_in_cubic_metres(story: Analysis) -> None:
    # §1.1: 'over 100 million litres' is the others' 100,000 cubic metres
    assert {WIRE, BLOG, VIDEO, MOBILE} <= claim(story, "cubic metres", 100_000)[100_000]


def test_the_site_manager_s_age_and_spellings(story: Analysis) -> None:
    # §1.6: 52 against the paper's 54; §5: without the diacritic, with the cedilla letter, misspelt
    assert ages(story)["Mihai Țurcanu"] == {52: {WIRE, BLOG, MOBILE}, 54: {OCR}}
    (group,) = [g for g in story.comparisons.names if g.entity == "mihai-turcanu"]
    assert {s.text for s in group.spellings} == {"Mihai Turcanu", "Mihai Ţurcanu", "Mihai Țurcan"}


def test_the_record_s_speakers_are_quoted(story: Analysis) -> None:
    # §6: a verbatim record labels each speech 'Mr. Bence Horváth (Fidesz-KDNP):'
    speakers = {q.speaker for q in story.annotations[RECORD].quotes}
    assert {"bence-horvath", "levente-farkas", "judit-kovacs-szendro"} <= speakers


def test_the_breach_s_wrong_weekday_is_told_in_the_sidebar(story: Analysis) -> None:
    # §2.1: 'after the dam broke on Wednesday, March 10'; 10 March 2026 was a Tuesday
    html = render_sidebar(MOBILE, story.comparisons, story.story)
    assert "This article calls it a Wednesday; 10 Mar 2026 was a Tuesday." in html
