"""The cleaning stage on a sports site's live page: a match centre's score box, statistics, tabs, line-ups and
league table around a minute-by-minute commentary that turns into news, and the page's live controls.

Each rule is tried on the furniture it is for and on a story sentence that looks like it and must stay.
"""

from __future__ import annotations

import pytest

from generator.clean import clean, normalise
from generator.cleanrules import line_reason


def paragraphs(text: str, known: dict[str, str] | None = None) -> list[str]:
    return [p.text for p in clean(text, known).paragraphs]


def reasons(text: str, known: dict[str, str] | None = None) -> dict[int, str]:
    return {r.line: r.reason for r in clean(text, known).removed}


LIVE = "\n".join([
    "Riverton 1-2 Harbour City: derby ends in chaos as it happened",  # 1
    "Fans invaded the pitch at the end of the Riverton derby",
    "Ana Lima (in Riverton) and Ben Okafor (in Port Bellamy)",
    "Sat 25 Apr 2026 20:02 WIB · Last updated Sun 26 Apr 2026 09:12 WIB",
    "Auto-update on/off",  # 5
    "Share this live blog",
    "Riverton United",
    "1 – 2",
    "Harbour City FC",
    "FT",  # 10
    "J. Moreno 17'",
    "L. Tavares 58', R. Santos 90+2'",
    "Mill Road Stadium, Riverton · Referee: Karl Weiss",
    "Match stats",
    "Possession",  # 15
    "54% 46%",
    "Shots",
    "14 9",
    "Corners",
    "7 3",  # 20
    "Commentary",
    "Stats",
    "Line-ups",
    "Table",
    "09:12",  # 25
    "Police say 12 people were hurt in the crush at the south end. The club has suspended its stewards.",
    "FT",
    "That's it. Harbour City win the derby 2-1, and the mood in the south stand has turned ugly.",
    "90+2'",
    "GOAL!",  # 30
    "Riverton 1-2 Harbour City (Rui Santos)",
    "Stunned silence. Santos, on as a substitute, turns in a low cross at the near post.",
    "90'",
    "Four minutes of added time.",
    "1'",  # 35
    "Kick-off! Riverton attack towards the south stand in the first half.",
    "Line-ups",
    "Riverton United (4-3-3): Ana Reis; Bo Lind, Carl Mayer (c), Dan Ford, Eli Park; Finn Roe, Gus Hale, "
    "Hal Moss; Ian Cole, Jon Watts, Kit Shaw.",
    "Subs: Leo Hart, Max Dunn, Ned Bale, Oli Crane, Pat Lowe.",
    "Premier table",  # 40
    "1. Harbour City FC 64",
    "2. Bellamy Town 61",
    "3. Riverton United 58",
    "Full table ›",
    "Sponsored",  # 45
    "Stream every match live and on demand. Start your free trial",
    "This live blog has now ended. Follow our continuing coverage of the Riverton crush ›",
    "Comments are closed for this live blog.",
    "",
])


def test_a_live_page_keeps_its_commentary_and_loses_its_match_centre() -> None:
    assert paragraphs(LIVE) == [
        "Fans invaded the pitch at the end of the Riverton derby",
        "Police say 12 people were hurt in the crush at the south end. The club has suspended its stewards.",
        "That's it. Harbour City win the derby 2-1, and the mood in the south stand has turned ugly.",
        "90+2'",
        "Riverton 1-2 Harbour City (Rui Santos)",
        "Stunned silence. Santos, on as a substitute, turns in a low cross at the near post.",
        "90'",
        "Four minutes of added time.",
        "1'",
        "Kick-off! Riverton attack towards the south stand in the first half."]
    got = reasons(LIVE)
    assert [got[n] for n in (7, 8, 9, 10, 11, 12, 13)] == ["score box"] * 7
    assert {got[n] for n in range(14, 21)} == {"match statistics"}
    assert {got[n] for n in range(21, 25)} == {"navigation links"}  # the match centre's tabs
    assert got[30] == "match event label" and got[38] == got[39] == "line-ups"
    assert {got[n] for n in range(40, 44)} == {"league table"}
    assert got[5] == got[44] == "page interface text" and got[4] == "timestamp"
    assert got[46] == "subscription prompt" and got[47] == "live-page note" and got[48] == "comments heading"
    header = clean(LIVE).header
    assert [(h.role, h.text) for h in header][1:] == [
        ("dek", "Fans invaded the pitch at the end of the Riverton derby"),
        ("byline", "Ana Lima (in Riverton) and Ben Okafor (in Port Bellamy)")]


@pytest.mark.parametrize(("line", "reason"), [
    ("F. Kurniawan 17'", "score box"),
    ("L. Tavares 58', R. Saputra 90+2'", "score box"),
    ("Gelora Stadium, Riverton · Referee: Karl Weiss", "score box"),
    ("Riverton United (4-3-3): Ana Reis; Bo Lind, Carl Mayer (c), Dan Ford, Eli Park.", "line-ups"),
    ("Subs: Leo Hart, Max Dunn, Ned Bale, Oli Crane, Pat Lowe.", "line-ups"),
    ("GOAL!", "match event label"),
    ("Red card!", "match event label"),
    ("Auto-update on/off", "page interface text"),
    ("Full table ›", "page interface text"),
    ("This live blog has now ended. Follow our coverage of the crush ›", "live-page note"),
    ("Comments are closed for this live blog.", "comments heading"),
    ("Share this live blog", "social-media prompt"),
    ("Stream every match live and on demand. Start your free trial", "subscription prompt"),
    ("Sat 25 Apr 2026 20:02 WIB · Last updated Sun 26 Apr 2026 09:12 WIB", "timestamp"),
])
def test_a_live_page_s_lines_are_known_alone(line: str, reason: str) -> None:
    assert line_reason(normalise(line)) == reason


@pytest.mark.parametrize("line", [
    "The referee blew the final whistle at 90+4 minutes.",
    "Kane scored in the 17th minute.",
    "Referee: Karl Weiss gave two penalties.",
    "Subs: the coach made three changes.",
    "The team lined up (4-3-3): a risky choice.",
    "Goal! The crowd erupted as Tavares scored.",
    "Penalty",
    "Auto-update is broken, fans complained.",
    "The live blog ended at midnight.",
    "Comments are closed, the minister said of the consultation.",
    "The club urged fans to stream the match. Start your free trial, its advert said.",
    "Full table tennis results are below.",
    "Riverton 1-2 Harbour City (Rui Santos)",
    "Kick-off! Riverton attack towards the south stand in the first half.",
    "Four minutes of added time.",
    "Please share this thread, especially if you are outside the country.",
    "That is all from our live coverage for now. Ana Lima will be at the hospital this afternoon.",
    "HT", "90+4'",
])
def test_a_live_page_s_near_misses_stay(line: str) -> None:
    assert line_reason(normalise(line)) is None


def test_a_story_s_list_a_result_and_a_statistic_in_words_stay() -> None:
    # Numbered items whose numbers go up are no league table; a figure in a sentence is no statistic; a score
    # in a sentence is no score box.
    text = "\n".join(["Court finds three violations", "", "The court found that the state had breached:",
                      "1. Article 3", "2. Article 6", "3. Article 13", "", "Possession",
                      "54% of the ball went to the visitors, the club said.", "",
                      "The final score was 1 – 2.", ""])
    assert reasons(text) == {}


def test_a_reporter_named_in_a_live_entry_is_no_author_s_box() -> None:
    entry = "Ana Lima has reached the hospital. Ambulances are still arriving with the injured."
    text = "\n".join(["Derby ends in chaos", "By Ana Lima", "", "The match ended at 22:30 in Riverton.", "",
                      entry, "", "Ana Lima is a senior reporter at The Riverton Post.", ""])
    assert paragraphs(text)[-1] == entry
    assert reasons(text) == {8: "about the author"}
