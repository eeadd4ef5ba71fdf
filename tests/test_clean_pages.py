"""The cleaning stage on kinds of page: a parliament's verbatim record, a wire's page, a blog's post with its
petition and donation boxes, a video page with its transcript and comments, a printed paper's page, a
mobile page that loads the next article under the story.

Each rule is tried on the furniture it is for and on a story sentence that looks like it and must stay.
"""

from __future__ import annotations

import pytest
from clean_helpers import rows

from generator.clean import clean
from generator.cleanblocks import comment_sections
from generator.cleanrules import line_reason


def paragraphs(text: str, known: dict[str, str] | None = None) -> list[str]:
    return [p.text for p in clean(text, known).paragraphs]


def reasons(text: str) -> dict[int, str]:
    return {r.line: r.reason for r in clean(text).removed}


# --- a parliament's verbatim record ---------------------------------------------------------------


def test_the_presiding_officer_s_procedure_goes_and_a_report_of_the_speaker_stays() -> None:
    procedure = "presiding officer's procedure"
    assert line_reason("The Speaker: Thank you. Minister, you have the floor.") == procedure
    assert line_reason("The Speaker: Thank you, Minister. Ms. Doe, your rejoinder; one minute.") == procedure
    long_line = ("The Speaker: Honourable House, we continue with questions to ministers. Mr. Jan Kowal, of "
                 "the Green group, has put a question to the Minister of the Interior entitled \"Who will "
                 "pay for the flood?\" Mr. Kowal has the floor for one minute.")
    assert line_reason(long_line) == procedure
    assert line_reason("The Speaker said the minister had misled the House.") is None
    assert line_reason("The Speaker: I will not allow this House to be misled by anyone.") is None


def test_the_chamber_s_reactions_go_and_the_story_s_protest_stays() -> None:
    for line in ("(Applause from the benches of the governing parties.)", "[Interruption.]",
                 "(Applause from the Green benches. Interruption from the benches of the governing parties.)",
                 "Hon. Members: Hear, hear!", "(Laughter.)"):
        assert line_reason(line) == "reaction in the chamber", line
    for line in ("The sitting was suspended after the protest.", "Members: 199, elected for four years",
                 "(The applause lasted a minute, the chair said.)"):
        assert line_reason(line) != "reaction in the chamber", line


def test_the_record_s_apparatus_goes_and_a_colonel_stays() -> None:
    assert line_reason("Col. 411") == "column number"
    assert line_reason("Col. Smith") is None
    assert line_reason("Record pages 23–26 of 112") == "page number"
    assert line_reason("‹ Previous extract: Questions to ministers, pages 19–22") == "page interface text"
    assert line_reason("Next extract: Questions to ministers, pages 27–30 ›") == "page interface text"
    assert line_reason("Next week the plume reaches the border.") is None
    assert line_reason("Download extract (PDF, HU) · Download extract (PDF, EN) · Print") \
        == "page interface text"
    assert line_reason("The sitting continues. The remainder of this record is available in the full "
                       "verbatim record of Sitting 41.") == "note on the record"
    assert line_reason("The sitting continues into the night.") is None


def test_a_translation_notice_goes_and_a_reported_one_stays() -> None:
    assert line_reason("Unofficial English translation prepared by the Office of the Assembly. Only the "
                       "Hungarian text is authentic.") == "translation note"
    assert line_reason("Only the French text of the treaty is authentic, the court said.") is None
    assert line_reason("An unofficial translation of the letter reached reporters on Monday.") is None


def test_a_record_s_title_and_the_lines_under_it_go_and_its_subheading_stays() -> None:
    text = ("Questions on the flood\n\nVERBATIM RECORD\n"
            "of the 41st sitting of the National Assembly, Monday, 16 March 2026\n"
            "Extract: Questions to ministers (record pages 23–26)\nChair: The Speaker\nCol. 411\n"
            "Questions to ministers (continued)\n14:31\n"
            "Mr. Jan Kowal (Greens): Thank you, Mr. Speaker. The river was a living river a week ago.\n"
            "(Applause from the Green benches.)\n"
            "The Government has taken the following decisions.\n"
            "1. Fishing is banned until further notice.\n")
    assert paragraphs(text) == [
        "Questions to ministers (continued)",
        "Mr. Jan Kowal (Greens): Thank you, Mr. Speaker. The river was a living river a week ago.",
        "The Government has taken the following decisions.", "1. Fishing is banned until further notice."]
    assert {line: reasons(text)[line] for line in (3, 4, 5, 6)} == dict.fromkeys(
        (3, 4, 5, 6), "verbatim record's heading")


# --- a wire's page, a site's menu and footer --------------------------------------------------------


def test_a_wire_s_update_note_and_market_notice_go_and_a_bracketed_sentence_stays() -> None:
    note = "(Adds minister's comment in paragraphs 5-6, updates fish death toll in paragraph 3)"
    assert line_reason(note) == "update note"
    assert line_reason("(The company adds that it regrets the spill.)") is None
    assert line_reason("All quotes delayed a minimum of 15 minutes.") == "market data"
    assert line_reason("Prices were delayed by the strike for 15 minutes.") is None
    assert line_reason("Sign up here.") == "subscription prompt"
    assert line_reason("Sign up here for the march, the organisers said.") is None


def test_a_list_of_links_goes_on_past_sections_and_ranks_and_stops_at_the_headline() -> None:
    text = ("Europe\nBusiness\n\nHeadline of the story here\n\nThe plume reached the river this week, "
            "officials said on Saturday.\n\nRead Next\nEurope\nRomania orders checks on all tailings dams\n"
            "Business\nMiner's shares slump as unit faces claims\n\n"
            "MOST READ\n1\nNew bus lines from April 1\n"
            "2\nHeadline of the story here\n3\nDerby ends in brawl, six detained\n")
    kept = paragraphs(text, {"headline": "Headline of the story here"})
    assert kept == ["The plume reached the river this week, officials said on Saturday."]
    menu = ("Menu\nMore\nSport\nAthletics\nAthletics\nRunner loses her appeal against ban\n"
            "Stripped of her record as her lawyer cries foul\nBy Tom Ackroyd\n\n"
            "The runner lost her appeal on Thursday, the court said.\n")
    cleaned = clean(menu, {"headline": "Runner loses her appeal against ban"})
    assert [h.role for h in cleaned.header] == ["headline", "dek", "byline"]


def test_a_site_s_menu_at_the_top_and_its_footer_above_the_copyright_go() -> None:
    text = ("Home\nThe Assembly\nMembers\nLegislation\nSearch the records\n\nThe flood debate\n\n"
            "The river was poisoned on Monday night, the minister told the House.\n\n"
            "What we know\n\nThe dam broke at midnight, the company said.\n\n"
            "Site Index\nBrowse\nCareers\nContact Us\nTerms of Use\nPrivacy\n© 2026 Example Wire.\n")
    assert paragraphs(text) == ["The river was poisoned on Monday night, the minister told the House.",
                                "What we know", "The dam broke at midnight, the company said."]
    assert reasons(text)[2] == "navigation links"
    assert {reasons(text)[line] for line in (15, 16, 17)} == {"page footer"}
    # Short lines above a copyright notice with no link of the site's among them are the story's.
    story = ("Harbour floods\n\nThe quay flooded on Monday, the port said.\n\nWhat comes next\nTalks resume\n"
             "© 2026 Example Wire.\n")
    assert paragraphs(story)[-2:] == ["What comes next", "Talks resume"]


# --- a blog's post: its line, its petition, its donation box, its pop-up --------------------------


def test_a_blog_s_post_line_goes_and_a_sentence_about_a_posting_stays() -> None:
    assert line_reason("Posted 18 March 2026 by Noémi Lakatos · 7 min read") == "byline"
    assert line_reason("Posted by Jane Doe on March 18, 2026") == "byline"
    assert line_reason("Posted to Brussels in 2019, she covers the river commission.") is None


def test_a_petition_box_goes_and_a_petition_in_the_story_stays() -> None:
    text = ("Eight days on the river\n\nVolunteers walked the bank on Sunday and counted the dead fish.\n\n"
            "PETITION\nBan cyanide mining in the basin\n48,213 people have signed. Help us reach 50,000!\n"
            "Sign the petition\n\nMore than 48,000 people have signed a petition calling for a ban.\n")
    assert paragraphs(text) == ["Volunteers walked the bank on Sunday and counted the dead fish.",
                                "More than 48,000 people have signed a petition calling for a ban."]
    assert {reasons(text)[line] for line in (5, 6, 7, 8)} == {"petition box"}


def test_a_donation_box_goes_and_a_list_of_costs_stays() -> None:
    text = ("Eight days on the river\n\nVolunteers walked the bank on Sunday and counted the dead fish.\n\n"
            "Every euro keeps our boats on the river\n€10 protects 1 m of river\n€25\n€50\nOther amount\n"
            "Donate now\n\nWhat a season costs\n€25 buys a net\n€50 buys a week of fuel\n")
    assert paragraphs(text) == ["Volunteers walked the bank on Sunday and counted the dead fish.",
                                "What a season costs", "€25 buys a net", "€50 buys a week of fuel"]
    assert {reasons(text)[line] for line in (5, 6, 7, 8, 9)} == {"donation appeal"}


def test_a_newsletter_pop_up_s_pitch_goes_and_the_story_s_subscribe_stays() -> None:
    text = ("Eight days on the river\n\nWe do not subscribe to the idea that this was an accident.\n\n"
            "Watch the water, not the press releases.\n\n"
            "Don't let the river go quiet\n"
            "Get our field reports from the river in your inbox, twice a month.\n"
            "Your email address\nSubscribe\nNo thanks, I'll check back later\n")
    assert paragraphs(text) == ["We do not subscribe to the idea that this was an accident.",
                                "Watch the water, not the press releases."]
    assert reasons(text)[8] == "subscription prompt"


# --- a video page -----------------------------------------------------------------------------------


VIDEO = ("Skip navigation\nSearch\nCreate\nSign in\n"
         "Cyanide in the river: we followed the poison to the city\nExample Report\n48.2K subscribers\n"
         "SUBSCRIBE\n2.1K\nShare\nDownload\nClip\nSave\n12,417 views  Mar 21, 2026  #river #cyanide\n"
         "Eleven days after a tailings dam burst, the cyanide is still moving. We drove 480 km along the "
         "river.\n…more\nChapters\nView all\n0:00 Intro\n0:48 The broken dam\nTranscript\nSearch in video\n"
         "0:00\n[Music]\n0:06\nthis is the river in the north\n0:09\nwatch how fast the canisters go\n0:13\n"
         "szolnok friday afternoon\n0:18\n[Romanian]\n0:21\n"
         "he says the brook was white like milk that night\n"
         "0:29\nif you want to help links are in the description\n0:33\n"
         "subscribe if you want us to keep following this story\n0:36\n[Music]\n"
         "Comments\n112\nSort by\nAdd a comment...\n@river.lover\n2 days ago\n"
         "My grandfather fished this river for fifty years.\n412\nReply\n14 replies\n"
         "@kayaker\n20 hours ago\n"
         "Great reporting. Small correction: the plume moves about 2.5 km an hour.\n98\nReply\n3 replies\n"
         "@photo\n1 day ago\nThis is ecocide.\n233\nReply\n")


def test_a_video_page_keeps_its_transcript_and_loses_its_buttons_chapters_and_comments() -> None:
    kept = " ".join(paragraphs(VIDEO))
    for line in ("this is the river in the north", "watch how fast the canisters go",
                 "szolnok friday afternoon", "he says the brook was white like milk that night",
                 "We drove 480 km along the river."):
        assert line in kept, line
    for line in ("Create", "Download", "Clip", "2.1K", "12,417 views", "…more", "View all",
                 "0:48 The broken dam", "[Music]", "[Romanian]", "links are in the description",
                 "subscribe if you want", "My grandfather", "Great reporting", "ecocide"):
        assert line not in kept, line
    assert line_reason("The description of the decree was vague, the mayor said.") is None
    assert line_reason("12,417 people watched the video on Monday.") is None


def test_comments_with_their_ages_go_and_a_forum_s_replies_stay() -> None:
    comments = ("Comments\n112\nSort by\nAdd a comment...\n@river.lover\n2 days ago\n"
                "My grandfather fished this river for fifty years.\n412\nReply\n14 replies\n")
    assert comment_sections(*rows(comments)) == {6: "readers' comment"}
    forum = ("87 comments\nSort by: Best\nu/river_watch\n2 days ago\n"
             "My uncle lives below the dam and says the brook is still orange.\nReply\n")
    assert comment_sections(*rows(forum)) == {}


# --- a printed paper's page -------------------------------------------------------------------------


def test_a_paper_s_jumps_running_head_caption_and_advertisement_go() -> None:
    assert line_reason("Continued on page 4 ▸") == "page-jump note"
    assert line_reason("◂ TISZA from page 1") == "page-jump note"
    assert line_reason("The story continued on page one of every paper.") is None
    assert line_reason("4 THE ALFÖLD COURIER Thursday, March 19, 2026") == "page header or footer"
    assert line_reason("PHOTO: Volunteers load dead fish into a container at the ferry landing on Sunday "
                       "morning. (Courier / Jane Doe)") == "photo caption"
    assert line_reason("The ferry landing (north bank / south bank) was closed on Sunday.") is None
    text = ("River town waits\n\nThe minister's comments drew applause from the governing benches and shouts "
            "from the opposition, who called the spill a crime and the company a gang of poisoners.\n"
            "AGRO-SZERVIZ KFT.\n"
            "Tractor parts · Irrigation · Spring service\n–20% on all pumps until March 31!\n"
            "Main street 12 · Tel. (06 45) 555 218\n"
            "In Romania, the company has said it deeply regrets the spill and is cooperating with the "
            "authorities, who have fined it and arrested two of its managers.\n")
    assert len(paragraphs(text)) == 2
    assert {reasons(text)[line] for line in (4, 5, 6, 7)} == {"advertisement"}
    helpline = ("River town waits\n\nThe town has asked the county for a second tanker of water, the mayor "
                "said on Monday evening.\nWater hotline\nCall (06 45) 555 218 for a delivery\n"
                "In Romania, the "
                "company has said it deeply regrets the spill and is cooperating with the authorities.\n")
    assert "Water hotline" in " ".join(paragraphs(helpline))


# --- a mobile page: the next article under the story ---------------------------------------------


NEXT = ("Plume reaches the border\n\nBy Milica Stojanov\n24. 3. 2026. 08:15\n\n"
        "The poison wave crossed the border yesterday afternoon, the ministry said.\n\n"
        "By the time it reached the town the poison had travelled 600 kilometres.\n\n"
        "Tags: river, cyanide\nComments (23)\nMOST READ\n1\nNew bus lines from April 1\n2\n"
        "Plume reaches the border\nAdvertisement\nECONOMY\nBrewery to double output and hire 60 workers\n"
        "By Petar Lazić\n24. 3. 2026. 07:40\nShare\n\n"
        "The brewery will double its output this year and hire 60 workers, its owner said on Monday.\n")


def test_the_next_article_loaded_under_the_story_goes() -> None:
    assert line_reason("24. 3. 2026. 08:15") == "timestamp"
    assert paragraphs(NEXT) == ["The poison wave crossed the border yesterday afternoon, the ministry said.",
                                "By the time it reached the town the poison had travelled 600 kilometres."]
    assert {reasons(NEXT)[line] for line in (18, 19, 20, 24)} == {"next article on the page"}
    # Without the story's end above it (its tags, its comments, a list of other stories), a second byline
    # is the story's own (a second author's part).
    story = NEXT.replace("Tags: river, cyanide\nComments (23)\nMOST READ\n1\nNew bus lines from April 1\n2\n"
                         "Plume reaches the border\nAdvertisement\n", "")
    assert "The brewery will double its output this year and hire 60 workers, its owner said on Monday." \
        in paragraphs(story)


def test_a_reading_tool_s_button_goes_and_a_sentence_that_asks_to_listen_stays() -> None:
    assert line_reason("Listen to article") == "page interface text"
    assert line_reason("Listen to the minister's speech below.") is None


def test_a_transcript_s_scenes_are_paragraphs_of_their_own() -> None:
    # automatic captions carry no full stop: a sound cue ('[Music]') or a language cue ('[Romanian]') is
    # where one scene, or one speaker, ends; the caption lines between cues are one paragraph
    text = ("River of poison\n\nTranscript\n0:00\nthis is the river\n0:05\n"
            "and eight days ago it turned white\n0:09\n[Music]\n0:20\n"
            "this is the farmer who lives below the dam\n0:24\n[Romanian]\n0:27\n"
            "he says the brook was white like milk\n")
    assert paragraphs(text)[-3:] == ["this is the river and eight days ago it turned white",
                                     "this is the farmer who lives below the dam",
                                     "he says the brook was white like milk"]


# --- a feed reader's view of a wire story, a viewer's (AMP) frame ------------------------------------------

FEED = "\n".join([
    "Feedwell", "Search your feeds", "Unread (214)", "Mark all as read",
    "Example Wire · 3h",  # 5
    "River toll rises to 31 as anger grows over the locked gates",
    "Mark as read", "Save to board", "Visit website",
    "By Ana Lima and Ben Okafor",  # 10
    "4 min read",
    "RIVERTON, April 27 (EW) - The toll from the flood in Riverton rose to 31 on Monday, the health ministry "
    "said.",
    "The council had ordered the gates locked on Saturday night, the mayor said on Monday.",
    "(Reporting by Ana Lima; Editing by Karl Weiss)",
    "© Example Wire 2026. All rights reserved.",  # 15
    "Unread",
    "The Straits Ledger · 4h",
    "FIFA 'deeply saddened' by Riverton deaths, promises support",
    "FIFA said on Monday it was in contact with the football association and offered to send experts…",
    "Unread",  # 20
    "Manila Chronicle – Sport · 7h",
    "Coach names 16-man pool for Asia Cup qualifiers",
    "The national team will hold a two-week camp in Clark before the June window…",
    "Load more",
    "Keyboard shortcuts: j/k next/previous · m mark as read · v visit website",  # 25
    ""])


def test_a_feed_reader_keeps_the_story_and_loses_its_buttons_and_the_next_items() -> None:
    known = {"headline": "River toll rises to 31 as anger grows over the locked gates"}
    cleaned = clean(FEED, known)
    assert [p.text for p in cleaned.paragraphs] == [
        "RIVERTON, April 27 (EW) - The toll from the flood in Riverton rose to 31 on Monday, the health "
        "ministry said.",
        "The council had ordered the gates locked on Saturday night, the mayor said on Monday."]
    # the feed's line over the item is no byline: the story's is under its headline
    assert [(h.role, h.text) for h in cleaned.header] == [
        ("headline", "River toll rises to 31 as anger grows over the locked gates"),
        ("byline", "By Ana Lima and Ben Okafor")]
    got = {r.line: r.reason for r in cleaned.removed}
    assert {got[n] for n in (7, 8, 9, 16, 20, 24, 25)} == {"page interface text"}
    assert {got[n] for n in (17, 18, 19, 21, 22, 23)} == {"cross-promotion link"}


def test_a_story_s_sentence_ending_in_an_ellipsis_under_a_stamp_stays() -> None:
    # One card is no list of cards; a sentence cut short in a story is the story's.
    text = "\n".join(["Flood in Riverton", "", "Example TV · Yesterday",
                      "Council closes the old bridge after flood",
                      "The council said the bridge would stay closed until…", "", "Riverton waits.", ""])
    assert "The council said the bridge would stay closed until…" in paragraphs(text)
    assert line_reason("Keyboard shortcuts are a feature of the reader.") is None
    assert line_reason("Mark as read") == line_reason("View original page") == "page interface text"


def test_an_outlet_s_own_picture_credit_ends_its_caption() -> None:
    text = "\n".join([
        "Riverton mourns at Gate 13", "By Ana Lima", "",
        "Mourners lay flowers at Gate 13 of the stadium in Riverton on Wednesday. (Herald/Ana Lima)",
        "Hundreds of mourners laid flowers and recited prayers on Wednesday at Gate 13 of the stadium, where "
        "most of the victims died.",
        "Mourners lay flowers at the gate, the mayor said. (Herald reporters were there.)", ""])
    got = reasons(text)
    assert got == {4: "photo caption"}
    assert line_reason("Herald/Ana Lima photographed the gate.") is None
    assert line_reason("The road runs from Kyiv to the coast (Kyiv/Odesa Oblast)") is None
    assert line_reason("(Herald/Ana Lima)") == "photo credit"


# --- a photo agency's gallery ---------------------------------------------------------------------------


def gallery(captions: int) -> str:
    """A gallery page with `captions` pictures, each with its caption and its fields."""
    lines = ["GALLERY", "Riverton flood", "12 images · Updated 28 April 2026, 19:40 WIB", "Share gallery",
             "Download comps", "Floods killed 31 people in Riverton on 25 April 2026.",
             "Photographs: Ana Lima, Ben Okafor"]
    for n in range(1, captions + 1):
        lines += [f"{n} / {captions}",
                  f"RIVERTON – APRIL 2{n}: Volunteers carry sandbags to the river wall on day {n} of the "
                  f"flood. The council said {n * 100} homes had been evacuated. (Photo by Ana Lima/Example "
                  "Images)",
                  "Photographer: Ana Lima", f"Date: 2{n}/04/2026", "Location: Riverton",
                  f"Image ID: EXI-2026042{n}-0112", "Editorial use only · Graphic content",
                  "License this image", "Add to lightbox"]
    return "\n".join([*lines, "Related galleries", "Storm season 2025",
                      "Need help? Contact our editorial desk 24/7: +62 21 555 0190", ""])


def test_a_gallery_s_captions_are_its_text_and_its_pictures_fields_are_not() -> None:
    kept = paragraphs(gallery(3))
    assert kept[0] == "Floods killed 31 people in Riverton on 25 April 2026."
    assert len(kept) == 4 and all(p.startswith("RIVERTON – APRIL 2") for p in kept[1:])
    got = reasons(gallery(3))
    assert got[3] == "timestamp" and got[4] == "social-media prompt" and got[5] == "page interface text"
    assert {got[n] for n in range(10, 14)} == {"picture details"}  # its photographer, date, place, number
    assert got[14] == "picture details" and got[16] == "page interface text"  # its terms, 'Add to lightbox'
    assert got[35] == "cross-promotion link" and got[37] == "contact details"


def test_a_story_s_few_captions_stay_captions() -> None:
    # Two pictures are no gallery; nor are three whose captions say less than the story's paragraphs.
    assert not any(p.startswith("RIVERTON – APRIL") for p in paragraphs(gallery(2)))
    story = gallery(3).replace("Floods killed 31 people in Riverton on 25 April 2026.",
                               " ".join(["The river rose two metres overnight, the council said."] * 12))
    assert not any(p.startswith("RIVERTON – APRIL") for p in paragraphs(story))


def test_a_picture_s_fields_alone_are_known_and_the_story_s_near_misses_stay() -> None:
    assert line_reason("Image ID: ARI-20260425-0112") == "picture details"
    assert line_reason("Editorial use only · Graphic content") == "picture details"
    assert line_reason("Photo ID: required") is None
    assert line_reason("Editorial use only, the agency said.") is None
    assert line_reason("Location: Riverton") is None  # a fact box's line, away from a picture's number
    assert line_reason("12 images were released on 28 April 2026.") is None


# --- an official statement copied from its PDF --------------------------------------------------------

STATEMENT = "\n".join([
    "KEMENTERIAN CONTOH", "MINISTRY OF EXAMPLES", "REF: MD/COM/2026/118", "Jakarta, 27 April 2026",
    "OFFICIAL STATEMENT",  # 5
    "OF THE MINISTER OF EXAMPLES",
    "ON THE FLOOD AT RIVERTON",
    "The Minister conveys his deepest condolences to the families of the victims.",
    "1. The Government will pay compensation to the family of each person who died in the flood, and the "
    "Team will be composed of representatives of the Government, academics,",
    "— Page 1 of 2 —",  # 10
    "Official Statement of the Minister of Examples · REF: MD/COM/2026/118",
    "engineers and civil society. The Team will report within 30 days.",
    "2. ALL MATCHES ARE SUSPENDED UNTIL FURTHER NOTICE.",
    "This statement is issued for the attention of the public.",
    "Jakarta, 27 April 2026",  # 15
    "MINISTER OF EXAMPLES",
    "OF THE REPUBLIC,",
    "[SEAL]",
    "[signed]",
    "Dr. H. JANE DOE, M.Si.",  # 20
    "Copies to:",
    "1. The President of the Republic;",
    "2. The Governor of the Province.",
    "Translator's note: This is an unofficial translation of the original. In case of any discrepancy, the "
    "original prevails.",
    "— Page 2 of 2 —",  # 25
    ""])


def test_an_official_statement_keeps_its_points_and_loses_its_letterhead_page_marks_and_signature() -> None:
    known = {"headline": "Official Statement of the Minister of Examples on the Flood at Riverton"}
    cleaned = clean(STATEMENT, known)
    assert [p.text for p in cleaned.paragraphs] == [
        "The Minister conveys his deepest condolences to the families of the victims.",
        "1. The Government will pay compensation to the family of each person who died in the flood, and the "
        "Team will be composed of representatives of the Government, academics, engineers and civil society. "
        "The Team will report within 30 days.",
        "2. ALL MATCHES ARE SUSPENDED UNTIL FURTHER NOTICE."]
    assert [h.role for h in cleaned.header] == ["dateline", "headline"]  # its heading on three lines
    got = {r.line: r.reason for r in cleaned.removed}
    assert got[10] == got[25] == "page number" and got[11] == "page header or footer"
    assert got[14] == "closing formula" and {got[n] for n in range(16, 21)} == {"signature block"}
    assert {got[n] for n in (21, 22, 23)} == {"distribution list"} and got[24] == "translation note"


def test_a_statement_s_near_misses_stay() -> None:
    assert line_reason("The statement was issued for the attention of Parliament.") is None
    assert line_reason("This statement is issued for the attention of the public, the ministry said.") is None
    assert line_reason("The translator's note says the terms differ.") is None
    assert line_reason("Copies to be sent to all members.") is None
    # A story's sentence above a seal, and under a 'Copies to:' that lists no items, stay.
    text = "\n".join(["Ministry signs decree", "",
                      "The minister signed the decree on Monday, the ministry said.", "[signed]", "",
                      "Copies to:", "", "The decree was sent to every governor.", ""])
    assert paragraphs(text) == ["The minister signed the decree on Monday, the ministry said.",
                                "The decree was sent to every governor."]


def test_a_document_s_numbered_section_under_a_page_s_head_stays() -> None:
    # a filing copied from its PDF: the page's running head and number go, the section's heading stays
    text = ("Complaint\n\nThe plaintiffs sued on Monday.\nCOMPLAINT – CLASS ACTION\nPage 1 of 41\n"
            "I. NATURE OF THE ACTION\n1. This action arises from the sale of contaminated formula.\n")
    assert paragraphs(text)[-2:] == ["I. NATURE OF THE ACTION",
                                     "1. This action arises from the sale of contaminated formula."]


# --- a report's running heads and contents, a forum's comment heads -------------------------------


@pytest.mark.parametrize(("line", "reason"), [
    ("Preliminary report L2026-04 · Page 3 of 11", "page header or footer"),
    ("Annual report 2025 | p. 12", "page header or footer"),
    ("1.1 History of the flight .................................................. 4", "table of contents"),
    ("ABBREVIATIONS .................................................................", "table of contents"),
    ("SYNOPSIS …………… 3", "table of contents"),
    ("ketola 4 hours ago | parent | next [–]", "forum interface"),
    ("214 points by kaarlo 5 hours ago | hide | past | favorite | 87 comments", "forum interface"),
    ("oskar_n 49 minutes ago | prev [–]", "forum interface"),
])
def test_a_report_s_running_heads_and_contents_and_a_forum_s_comment_heads_go(line: str, reason: str) -> None:
    assert line_reason(line) == reason


@pytest.mark.parametrize("line", [
    "The report is due in two weeks | page 3 of the draft was leaked.",
    "Wait for it.........",
    "He waited.... and waited.",
    "Kvarnby 5 hours ago | one dead",
    "Rescuers arrived 2 hours ago",
    "She said it 5 hours ago.",
])
def test_a_report_s_and_a_forum_s_near_misses_stay(line: str) -> None:
    assert line_reason(line) is None


def test_a_report_s_list_of_abbreviations_goes_with_its_heading() -> None:
    touchdown = "The aircraft touched down 720 metres beyond the threshold, the board said."
    pilot = "The first officer was the pilot flying, the report says."
    report = (f"Preliminary report\n\n{touchdown}\n\n"
              "ABBREVIATIONS\nAFIS Aerodrome flight information service\nPF Pilot flying\n\n"
              f"{pilot}\n\nSMRS – State Mountain Rescue Service\nIC – incident commander\n"
              "LKP – last known point\n")
    assert paragraphs(report) == [touchdown, pilot]
    assert set(reasons(report).values()) == {"list of abbreviations"}


def test_a_story_s_headlines_that_start_with_an_acronym_are_no_list_of_abbreviations() -> None:
    headlines = ["UN calls for a ceasefire", "EU imposes new sanctions", "US sends an envoy"]
    story = "World news\n\nThe talks resumed on Monday in Geneva, diplomats said.\n\n" + "\n".join(headlines)
    assert paragraphs(story)[-3:] == headlines
