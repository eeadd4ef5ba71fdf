"""The cleaning stage on pages a news site does not print (`generator.cleanchat`): a messaging group's chat
export, a press briefing's transcript, a blogging platform's post, a shop's recall notice, a court's filing
and a local station's video player. Each test gives a near miss: a story's line of the same shape that
stays. The line rules are asked through `generator.cleanrules`, among the general ones, and the block rules
are called directly on a few lines (`clean_helpers`)."""

from __future__ import annotations

import pytest
from clean_helpers import Row, reason, rows

from generator import cleanchat as chat


def texts(lines: list[Row], found: dict[int, str]) -> dict[str, str]:
    return {lines[i].text: r for i, r in sorted(found.items())}


# --- a chat export --------------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "[12/05/2026, 13:12] ~ Kasia Nowak joined using this group's invite link",
    "12/05/2026, 13:12 - Ann Lee left",
    "5/12/26, 1:12 PM - Ann Lee added Tom Reddan",
    "[12/05/2026, 13:12:40] Ann Lee changed the subject from \"Bumps\" to \"Spring Babies\"",
])
def test_the_app_s_notes_in_a_chat_go(line: str) -> None:
    assert chat.is_chat_note(line)
    assert reason(line) == "chat system message"


@pytest.mark.parametrize("line", [
    "[12/05/2026, 13:15] Mark Brophy: Priya left the group last night, she couldn't take it",
    "[12/05/2026, 13:15] Kasia Nowak: Hi all, Priya sent me the link, hope that is ok.",
    # Left to the header, which takes it for the headline of a chat (see `is_chat_note`).
    "[09/05/2026, 14:12] Spring Babies: Messages and calls are end-to-end encrypted. Only people in this "
    "chat can read, listen to, or share them.",
    "Ann Lee joined using the group's invite link, she said.",
])
def test_a_member_s_message_about_the_group_stays(line: str) -> None:
    assert reason(line) is None


def test_a_picture_left_out_and_a_deleted_message_go_and_a_message_beside_them_stays() -> None:
    assert reason("[13/05/2026, 10:02] Kasia Nowak: <Media omitted>") == "attachment left out"
    assert reason("[13/05/2026, 10:02:11] Ann: \u200eimage omitted") == "attachment left out"
    assert reason("<attached: 00000012-PHOTO-2026-05-13.jpg>") == "attachment left out"
    assert reason("[11/05/2026, 08:20] Laura: This message was deleted") == "deleted message"
    for line in ("[13/05/2026, 10:02] Kasia Nowak: MaxiSave this morning. Nothing left <Media omitted>",
                 "Three photos were omitted from the report.",
                 "[11/05/2026, 08:20] Laura: This message was deleted by mistake, sorry",
                 "[19/05/2026, 15:06] Kasia Nowak: ❤️❤️❤️"):
        assert reason(line) is None, line


def test_a_forward_s_label_and_a_bare_link_go_and_a_message_with_them_stays() -> None:
    assert reason("[14/05/2026, 17:02] Orla Fitzpatrick: Forwarded") == "forwarded-message label"
    assert reason("[16/05/2026, 20:48] Priya: https://example.org/post-8d41c2") == "web address"
    for line in ("[14/05/2026, 17:02] Orla: Forwarded it to the council this morning",
                 "Forwarded",  # alone, with no stamp: a line of a message, or the story's
                 "[16/05/2026, 20:48] Priya: https://example.org/post worth a read",
                 "[16/05/2026, 20:49] Priya: This is really good, written by a microbiologist in Cork."):
        assert reason(line) is None, line


def test_a_message_s_words_begin_after_its_stamp_and_author() -> None:
    line = "[11/05/2026, 12:47] Mark Brophy: Jesus. Sorry Tomás"
    assert line[chat.message_start(line):] == "Jesus. Sorry Tomás"
    android = "12/05/2026, 11:55 - Mark Brophy: 💔"
    assert android[chat.message_start(android):] == "💔"
    for other in ("[12/05/2026, 13:12] ~ Kasia Nowak joined using this group's invite link",
                  "This is what the minister said at the press conference today:",
                  "10/03/2026, 17:26 Ferry toll hits 31 | Ziwani Times"):
        assert chat.message_start(other) is None, other


# --- a transcript ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "note"), [
    ("This transcript has been lightly edited for clarity.", True),
    ("This interview was edited and condensed.", True),
    ("Edited for length and clarity.", True),
    ("The transcript was edited, lawyers for the family said, to remove the minister's remarks.", False),
    ("The briefing began at 4pm in the Government Press Centre, Dublin.", False),
    ("MODERATOR: Thank you all. The full transcript will be edited and published tomorrow.", False),
])
def test_a_transcript_s_editor_s_note_goes_and_the_speakers_words_stay(line: str, note: bool) -> None:
    assert (reason(line) == "editor's note") is note


# --- a blogging platform's post -------------------------------------------------------------------


@pytest.mark.parametrize(("line", "expected"), [
    ("Published in The Food Safety Desk", "publication label"),
    ("Written by Niamh Coakley, PhD", "about the author"),
    ("Written by Dr. Ann Lee", "about the author"),
    ("Writer for The Food Safety Desk", "about the author"),
    ("More from Niamh Coakley, PhD and The Food Safety Desk", "cross-promotion link"),
    ("See all from The Food Safety Desk", "cross-promotion link"),
    ("Recommended from Medium", "cross-promotion link"),
    ("See more recommendations", "cross-promotion link"),
    ("Published in 1987, the report was ignored.", None),
    ("Published in The Lancet, the study found no link.", None),
    ("Written by hand, the note was found in her bag.", None),
    ("Written by Ann Lee in 2019, the policy was never enforced.", None),
    ("More from the minister's statement below:", None),
    ("More from Monday's briefing will follow.", None),
])
def test_a_post_s_publication_author_and_cards_headings_go_and_sentences_like_them_stay(
        line: str, expected: str | None) -> None:
    assert reason(line) == expected


POST_END = "\n".join([
    "This is not, or not only, a scandal about one company.", "",
    "Food Safety", "Infant Formula", "Microbiology", "Ireland", "Parenting", "1.2K", "34",
    "Written by Ann Lee, PhD", "2.3K Followers", "Writer for The Desk", "Follow",
    "More from Ann Lee and The Desk", "Ann Lee", "in", "The Desk",
    "Listeria in the deli counter: why your sandwich is safer than it was", "6 min read", "·", "Mar 2, 2026",
    "412", "9", "See all from Ann Lee", "Recommended from Medium", "Tom Doe",
    "I stopped buying \"natural\" baby food. Here's why.", "7 min read", "See more recommendations",
    "Responses (34)", "What are your thoughts?", "Respond", "Fiona Gately", "May 16, 2026",
    "Thank you for this. We have been checking codes all week and nobody told us the water temperature "
    "mattered that much.", "48", "1 reply", "Reply", "See all responses",
    "Help", "Status", "About", "Careers", "Press", "Blog", "Privacy", "Terms", "Text to speech", "Teams", ""])


def test_a_post_s_tags_cards_responses_and_footer_go() -> None:
    lines, reasons = rows(POST_END)
    found: dict[int, str] = {}
    for rule, sees in chat.CHAT_BLOCK_RULES:
        found.update(rule(lines, {**reasons, **found} if sees else reasons))
    got = texts(lines, found)
    assert all(got[tag] == "topic tags" for tag in ("Food Safety", "Infant Formula", "Parenting"))
    card = "I stopped buying \"natural\" baby food. Here's why."
    assert got["Tom Doe"] == got[card] == "cross-promotion link"
    assert got["Fiona Gately"] == "readers' comment"
    assert got["Thank you for this. We have been checking codes all week and nobody told us the water "
               "temperature mattered that much."] == "readers' comment"
    assert got["Text to speech"] == got["Teams"] == "page footer"
    # Every line but the story's goes, whichever rule said so.
    assert [line.text for i, line in enumerate(lines) if i not in reasons and i not in found] == [
        "This is not, or not only, a scandal about one company."]


def test_a_story_s_short_lines_are_not_tags_cards_responses_or_a_footer() -> None:
    # Names above a sentence, not a count; a subheading 'Responses' over the story's paragraphs.
    story = ("The families\nAnn Lee\nTom Doe\nMary Roe\nThey met on Monday.\n\nResponses\n"
             "The ministry answered every question within a week, the report said.\n"
             "Reply cards were sent to 1,200 families.\n")
    lines, reasons = rows(story)
    assert chat.post_tags(lines, reasons) == {}
    assert chat.post_responses(lines, reasons) == {}
    # A story's last lines: a few short ones, not four of a footer's links.
    ending = "The shop reopened on Friday.\n\nHelp\nWanted\nAbout\nTime\n"
    assert chat.footer_links(*rows(ending)) == {}
    # The cards end at a line longer than a title.
    cards = ("More from Ann Lee\nThe five-second rule, tested (again)\n4 min read\n"
             "The minister said on Thursday that every tin made at the plant since January would be "
             "destroyed and that the inquiry would report in autumn.\n")
    lines, reasons = rows(cards)
    assert texts(lines, {**reasons, **chat.post_cards(lines, reasons)}) == {
        "More from Ann Lee": "cross-promotion link",
        "The five-second rule, tested (again)": "cross-promotion link", "4 min read": "reading-time estimate"}
    # Under the heading alone, with no card's marks, a story's sentences stay.
    story = "More from Harbour Radio News\nMore than 30 people have been killed since January.\n"
    lines, reasons = rows(story)
    assert chat.post_cards(lines, reasons) == {}


# --- a shop's notice --------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "expected"), [
    ("Print this notice", "page interface text"),
    ("Share this notice", "page interface text"),
    ("View all recalls", "page interface text"),
    ("Autoplay: ON", "page interface text"),
    ("Find your nearest store", "store locator"),
    ("Enter a town, county or Eircode", "store locator"),
    ("Find stores", "store locator"),
    ("Use my location", "store locator"),
    ("Main Street, Portlaoise – Open today 8am–10pm", "store locator"),
    ("Get the Example Foods app", "app promotion"),
    ("Share this notice with anyone who has young children.", None),
    ("Print this notice out and keep it by the kettle.", None),
    ("Autoplay videos drain the battery, the study found.", None),
    ("The shop is open today until 10pm.", None),
    ("Find your nearest store that still has formula, the minister said.", None),
    ("Get the app working again, the minister said.", None),
    ("Do not feed any of the products below to your baby.", None),
])
def test_a_shop_s_buttons_store_finder_and_app_go_and_its_advice_stays(line: str,
                                                                       expected: str | None) -> None:
    assert reason(line) == expected


def test_a_list_of_other_notices_goes_and_a_subheading_over_sentences_stays() -> None:
    page = ("Other recent recalls\nChicken Caesar Wrap – undeclared egg (2 May 2026)\n"
            "Smoked Salmon 200g – Listeria monocytogenes (24 April 2026)\nView all recalls\n")
    lines, reasons = rows(page)
    assert set(chat.notice_lists(lines, reasons).values()) == {"cross-promotion link"}
    assert len(chat.notice_lists(lines, reasons)) + len(reasons) == 4
    story = ("Other recent recalls\nIn March a salmon recall reached 14 countries.\n"
             "It was the third this year.\n")
    assert chat.notice_lists(*rows(story)) == {}


def test_an_app_s_pitch_goes_under_its_heading_and_a_report_under_it_stays() -> None:
    box = "Get the Example Foods app\nScan, shop and collect your Rewards points on the go.\n\nAbout us\n"
    lines, reasons = rows(box)
    assert texts(lines, chat.app_boxes(lines, reasons)) == {
        "Scan, shop and collect your Rewards points on the go.": "app promotion"}
    story = ("Get the Example Foods app\nYou can check your batch code in the app, the company said.\n")
    assert chat.app_boxes(*rows(story)) == {}


# --- a station's video player -----------------------------------------------------------------------


def test_a_player_s_label_and_video_title_go_and_a_menu_s_video_item_stays() -> None:
    player = "▶ VIDEO\nParents scramble after the formula recall reaches the shore\n2:14\nAutoplay: ON\n"
    lines, reasons = rows(player)
    assert texts(lines, chat.video_titles(lines, reasons)) == {
        "▶ VIDEO": "video label",
        "Parents scramble after the formula recall reaches the shore": "video title"}
    menu = "Scores\nVideo\nTables\nTransfers\n"
    assert chat.video_titles(*rows(menu)) == {}
    assert reason("Video") is None
    story = "VIDEO\nThe council filmed the meeting and posted it online on Friday.\n"
    assert chat.video_titles(*rows(story)) == {}


# --- a court's filing -------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "expected"), [
    ("Case 2:26-cv-04417 Document 1 Filed 05/19/26 Page 3 of 41 PageID: 3", "page header or footer"),
    ("Rachel M. Osei (NJ Bar No. 021842009)", "court caption"),
    ("OSEI WHITLOCK LLP", "court caption"),
    ("Newark, New Jersey 07102", "court caption"),
    ("Attorneys for Plaintiffs and the Proposed Class", "court caption"),
    ("UNITED STATES DISTRICT COURT", "court caption"),
    ("FOR THE DISTRICT OF NEW JERSEY", "court caption"),
    ("Case No. 2:26-cv-04417", "court caption"),
    ("¹ Department of Health, Transcript: Press briefing on the recall (May 14, 2026).", "footnote"),
    ("Case 2:26-cv-04417 was filed on May 19, 2026.", None),
    ("Osei Whitlock LLP represents the family.", None),
    ("Attorneys for the plaintiffs said they would appeal.", None),
    ("The United States District Court for the District of New Jersey will hear the case.", None),
    ("SUPREME COURT RULES ON FORMULA CASE", None),
    ("16. Powdered infant formula is not sterile.", None),
    ("²³⁸U is the isotope the plant enriched.", None),
])
def test_a_filing_s_stamp_caption_and_footnotes_go_and_its_allegations_stay(line: str,
                                                                            expected: str | None) -> None:
    assert reason(line) == expected


CAPTION = """Jane Roe (NJ Bar No. 021842009)
ROE LAW GROUP
Attorneys for Plaintiff
UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF NEW JERSEY
JOHN DOE, individually and on behalf  )
of all others similarly situated,     )
                                      )     Case No. 2:26-cv-1
               Plaintiff,             )
     v.                               )     COMPLAINT
EXAMPLE FOODS, INC.,                  )
               Defendant.             )
Plaintiff John Doe brings this Class Action Complaint against Defendant Example Foods, Inc.
"""


def test_a_caption_beside_its_column_goes_with_the_lines_above_it_and_the_text_under_it_stays() -> None:
    lines, reasons = rows(CAPTION)
    found = chat.court_captions(lines, reasons)
    assert set(found.values()) == {"court caption"}
    assert [line.text for i, line in enumerate(lines) if i not in found and i not in reasons] == [
        "Plaintiff John Doe brings this Class Action Complaint against Defendant Example Foods, Inc."]
    # A list's items close their brackets with no space before them, and name no party.
    story = "The order lists:\na) the plant's closure )\nb) the recall )\nc) an inquiry )\nAll three began.\n"
    assert chat.court_captions(*rows(story)) == {}
