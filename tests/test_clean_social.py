"""The cleaning stage on pages around a post or a message: a thread on a network, a professional network's
post, a tech site's comments, sponsored boxes and author's box, a press release forwarded by e-mail. Each
test gives a near miss: a story's line of the same shape that stays."""

from __future__ import annotations

import pytest

from generator.clean import clean, normalise
from generator.cleanrules import line_reason
from generator.cleanshapes import is_quotation
from generator.cleansite import is_pointer_note


def paragraphs(text: str, known: dict[str, str] | None = None) -> list[str]:
    return [p.text for p in clean(text, known).paragraphs]


def reasons(text: str, known: dict[str, str] | None = None) -> dict[int, str]:
    return {r.line: r.reason for r in clean(text, known).removed}


# --- a thread on a network ---------------------------------------------------------------------------

THREAD = "\n".join([
    "Skip to main content", "X", "Home", "Explore", "Notifications", "Messages", "Bookmarks", "Profile",
    "More", "Post", "Conversation", "Ana Lima 🌊", "@analima_river", "Follow",
    "🧵 1/ The river at Riverton rose two metres overnight and the council has closed the old bridge. What "
    "we know so far 👇",
    "9:12 AM · Jul 9, 2026", "·", "48.2K", " Views", "120", "1.1K", "3.4K", "812", "Post your reply",
    "Ana Lima 🌊", "@analima_river", "·", "Jul 9",
    "2/6 Read that again: the gauge at Mill Road broke at 3am.", "Quote", "Riverton Council",
    "@RivertonCouncil", "·", "Jul 8",
    "Update: The old bridge is closed until further notice. riverton.example/roads", "14", "97", "611",
    "48K", "John Doe", "@jdoe_77", "·", "Jul 9", "Replying to @analima_river",
    "The bridge was closed in 1998 too. Nobody learned anything.", "12", "31", "240", "9.8K",
    "Show more replies", "Discover more", "Sourced from across X", "Relevant people", "Ana Lima 🌊",
    "@analima_river", "Follow", "River reporter. Views my own.", "What's happening", "Trending in Exland",
    "#RivertonFlood", "8,214 posts", "Terms of Service", "|", "Privacy Policy", "|", "Cookie Policy", "|",
    "Accessibility", "|", "Ads info", "© 2026 X Corp.", ""])


def test_a_thread_keeps_its_author_s_posts_and_the_quoted_post_and_loses_the_page_and_the_replies() -> None:
    assert paragraphs(THREAD) == [
        "🧵 1/ The river at Riverton rose two metres overnight and the council has closed the old bridge. "
        "What we know so far 👇",
        "2/6 Read that again: the gauge at Mill Road broke at 3am.",
        "Update: The old bridge is closed until further notice. riverton.example/roads"]
    got = reasons(THREAD)
    assert got[12] == "post's author"  # 'Ana Lima 🌊' over her handle
    assert got[31] == "post's author"  # the quoted account's name
    assert got[40] == "post's author" and got[45] == "readers' comment"  # another account's reply
    assert got[18] == "reaction counter" and got[19] == "forum interface"  # '48.2K', ' Views'
    assert got[57] == "profile description"  # 'River reporter. Views my own.'
    assert clean(THREAD).header == ()  # a thread has no headline: its first post is the story's


def test_a_reply_by_the_thread_s_author_and_a_name_over_a_handle_in_a_story_stay() -> None:
    # The author answering her own thread is the thread.
    own = ("Flood\n\nAna Lima\n@analima\n·\nJul 9\nReplying to @analima\n3/6 The bridge stays closed.\n12\n")
    assert "3/6 The bridge stays closed." in paragraphs(own)
    # A story's line above a handle, no post's marks under them: the story's.
    story = "\n".join(["Flood in Riverton", "", "The council met on Monday.", "", "Follow the council",
                       "@rivertoncouncil", "It posts updates.", ""])
    assert paragraphs(story)[-2:] == ["Follow the council", "It posts updates."]


@pytest.mark.parametrize("line", ["The post had 88K views.", "8,214 posts were deleted by the platform.",
                                  "He said the views were his own.", "Trending in the wrong direction, the "
                                  "poll showed.", "1,204 people voted."])
def test_a_network_s_counts_labels_and_descriptions_near_misses_stay(line: str) -> None:
    assert line_reason(normalise(line)) is None


# --- a professional network's post ---------------------------------------------------------------------

POST = "\n".join([
    "Skip to main content", "LinkedIn", "Search", "Home", "My Network", "Jobs", "Messaging",
    "Notifications", "Me", "For Business", "Try Premium for A$0", "Feed post", "Ana Lima", "• 2nd",
    "Flood engineer | River Authority | Former Director, Riverton Water", "2d • Edited • 🌐", "Follow",
    "Two days on. That's how long the old bridge at Riverton has been closed.", "",
    "What I'd tell every council this week:", "", "1. Fund the gauges.", "2. Drill the closures.", "",
    "And to the families on Mill Road: I am sorry.", "", "#floods #infrastructure #riverton", "👍❤️💡",
    "1,204", "87 comments", "16 reposts", "Like", "Comment", "Repost", "Send", "Add a comment…",
    "Most relevant", "John Doe", "• 3rd+", "Chief Engineer | Exland Rail", "14h",
    "Thank you for writing this, Ana. Point 2 is the hard one.", "Like", "·", "42", "Reply", "·",
    "3 Replies", "Mary Roe", "• 2nd", "Nurse at Riverton Hospital", "11h",
    "We evacuated ward 4B in an hour.", "Like", "·", "18", "Reply", "Load more comments",
    "More from Ana Lima", "About", "Accessibility", "User Agreement", "Privacy Policy",
    "LinkedIn Corporation © 2026", ""])


def test_a_post_keeps_its_words_and_loses_the_menu_the_profile_the_counts_and_the_comments() -> None:
    assert paragraphs(POST, {"byline": "Ana Lima"}) == [
        "Two days on. That's how long the old bridge at Riverton has been closed.",
        "What I'd tell every council this week:", "1. Fund the gauges.", "2. Drill the closures.",
        "And to the families on Mill Road: I am sorry."]
    got = reasons(POST, {"byline": "Ana Lima"})
    assert got[15] == "job title" and got[16] == "timestamp" and got[14] == "forum interface"
    assert got[38] == "post's author" and got[40] == "job title"  # a commenter's name and job line
    assert got[42] == "readers' comment" and got[53] == "readers' comment"


def test_a_group_s_members_comments_stay_the_story() -> None:
    # On a group's page (its badges), a comment under its stamp is a member's words: the story's.
    text = ("Riverton Neighbours\nPrivate group · 2.1K members\n\nAna Lima\nAdmin\nJuly 9 at 6:05 AM · 🔒\n"
            "The river is over the bank on Mill Road.\n18 comments\nLike\nComment\nMost relevant\nJohn Doe\n"
            "Top contributor\n2d\nIs the bridge open?\nLike\nReply\n")
    assert "Is the bridge open?" in paragraphs(text, {"headline": "Riverton Neighbours"})


# --- a tech site: its sponsored boxes, its newsletter box, its author's box, its comments --------------

SITE = "\n".join([
    "Riverton gauges fail as flood hits", "", "By Ana Lima", "",
    "The gauges at Riverton failed on Monday night.", "", "Sponsored", "Is your flood plan ready?",
    "Acme's 2026 report: how 600 towns coped.", "Download the report", "",
    "The council says the gauges will be replaced by June.", "", "The Flood Brief",
    "The week's floods and fixes, in your inbox every Friday.", "Enter your email", "Sign me up", "",
    "The bridge reopens on Friday.", "", "About the author",
    "Ana Lima covers rivers and the people who mend them. Before joining Riverpost in 2021 she reported for "
    "radio. Send tips securely on Signal: analima.42",
    "", "142 Comments", "Sort by: Top", "Join the conversation", "river_rat_77", "14h",
    "The gauges were flagged in 2019.", "▲ 312", "▼", "Reply", "mill_road_mum", "13h",
    "Nobody funded the fix.", "▲ 96", "▼", "Reply", "Load more comments", ""])


def test_a_site_s_sponsored_box_newsletter_box_author_s_box_and_comments_go() -> None:
    assert paragraphs(SITE) == ["The gauges at Riverton failed on Monday night.",
                                "The council says the gauges will be replaced by June.",
                                "The bridge reopens on Friday."]
    got = reasons(SITE)
    assert got[8] == "advertisement" and got[9] == "advertisement" and got[10] == "page interface text"
    assert got[14] == got[15] == "subscription prompt"  # the newsletter box's name and pitch
    assert got[21] == "about the author" and got[22] == "about the author"
    assert got[27] == "readers' comment" and got[29] == "readers' comment"


def test_a_sponsored_label_without_a_button_under_it_and_a_count_under_the_byline_leave_the_story() -> None:
    text = ("Riverton gauges fail\n\nBy Ana Lima\n\n12 comments\n\nThe gauges failed on Monday.\n\n"
            "Sponsored\nThe council says the gauges will be replaced.\nThe bridge reopens on Friday.\n")
    assert paragraphs(text)[-2:] == ["The council says the gauges will be replaced.",
                                     "The bridge reopens on Friday."]


@pytest.mark.parametrize("line", [
    "Learn more about the scheme at the library.",
    "Nadia Kovac covers ransomware for Tidewall Security, she said.",
    "Sign me up, she told the recruiter.", "Try premium fuel, the ad said.",
    "We value your privacy, the bank's letter to customers said.",
    "Our partners use the data to plan routes, the council said.",
    "Your data is handled in line with the privacy act, the minister told parliament.",
    "The council acknowledged the traditional owners' objections to the mine.",
    "The council met on Tuesday (Labor: 12 seats).", "Topic: what happens next?"])
def test_a_site_s_boxes_near_misses_stay(line: str) -> None:
    assert line_reason(normalise(line)) is None


# --- a broadcaster's page: its newsroom under the byline, a caption's credit, its stamp --------------------

def test_a_newsroom_under_the_byline_a_glued_credit_and_a_doubled_age_go() -> None:
    text = ("Riverton floods again\nBy Ana Lima and John Doe\nRBC Upper Valley\nTopic:Floods\n"
            "Posted 3h ago3 hours ago, updated 1h ago1 hours ago\n"
            "The old bridge has been closed since Monday.(RBC Upper Valley: John Doe)\n\n"
            "The river rose two metres overnight, the council said.\n")
    got = reasons(text)
    assert got == {3: "author's title", 4: "topic tags", 5: "timestamp", 6: "photo caption"}
    # A desk's shape under a byline is a title only in capitals and names: a sentence stays.
    story = "Riverton floods again\nBy Ana Lima\nRBC staff say the river rose two metres overnight.\n"
    assert paragraphs(story) == ["RBC staff say the river rose two metres overnight."]


# --- a press release forwarded by e-mail ----------------------------------------------------------------

MAIL = "\n".join([
    "From: John Doe <john.doe@riverpost.example>", "Sent: Tuesday, 14 July 2026 8:14 AM",
    "To: Newsdesk <newsdesk@riverpost.example>", "Subject: Fwd: MEDIA RELEASE: Riverton bridge update", "",
    "FYI – second statement from the council, landed last night.", "", "John", "",
    "John Doe | Rivers Reporter | The Riverpost", "M: 0408 555 716 | T: (02) 5550 3381", "",
    "-----Original Message-----", "From: Ana Lima <ana.lima@riverton.example>",
    "Sent: Monday, 13 July 2026 6:02 PM", "",
    "[EXTERNAL] This email originated from outside of the organisation. Do not click links or open "
    "attachments unless you recognise the sender and know the content is safe.",
    "", "Please find below our second media release on the bridge.", "", "Sent from my iPhone", "",
    "MEDIA RELEASE", "", "Riverton bridge stays closed", "", "The council closed the old bridge on Monday.",
    "", "ENDS", "", "Media contact:", "Ana Lima, Communications Manager", "M: 0412 555 318", "", "Ana Lima",
    "Communications Manager", "Riverton Council", "P: (02) 5550 4120 | M: 0412 555 318",
    "Riverton Council acknowledges the Traditional Custodians of the lands on which we work, and pays "
    "respect to Elders past and present.",
    "", "Please consider the environment before printing this email.", "",
    "CONFIDENTIALITY NOTICE: This email and any attachments are confidential. If you are not the intended "
    "recipient, you must not read, use or copy this email. If you have received it in error, please notify "
    "the sender.", ""])


def test_a_forwarded_release_keeps_its_text_and_loses_the_mail_around_it() -> None:
    assert paragraphs(MAIL, {"headline": "Riverton bridge stays closed"}) == [
        "The council closed the old bridge on Monday."]
    got = reasons(MAIL)  # without a headline named: the mail's lines are known by their kind
    assert [got[n] for n in (1, 2, 3, 4, 6, 10, 11, 13, 14, 15)] == [
        "e-mail header", "e-mail header", "e-mail header", "e-mail header", "covering note", "job title",
        "contact details", "e-mail header", "e-mail header", "e-mail header"]
    assert [got[n] for n in (17, 19, 21, 38, 39, 41, 43)] == [
        "e-mail notice", "covering note", "e-mail signature", "contact details", "acknowledgement of Country",
        "e-mail notice", "e-mail notice"]
    assert got[35] == got[36] == got[37] == "page footer"  # the signature's name, title and employer


@pytest.mark.parametrize("line", [
    "To: the families of the victims, we are sorry.",
    "The hospital said it had not been sent from any of its devices.",
    "Staff were told not to click links in emails that came from outside the hospital, the manager said.",
    "Please consider the environment when you travel, the council urged.",
    "The hospital said the email, which was confidential, had reached the wrong recipient in error.",
    "Please find below the list of schools that will close.",
    "Police | Fire | Ambulance crews were at the scene.", "The hotline, 1800 555 247, opens at 8am.",
    "Sent: a letter to every patient, the hospital said.",
    "Subject: Building the Halvard of the next decade"])
def test_a_mail_s_lines_near_misses_stay(line: str) -> None:
    assert line_reason(normalise(line)) is None


# --- helpers for the stage's block rules -----------------------------------------------------------------

def test_a_quotation_in_any_script_is_one() -> None:
    assert is_quotation("«Ο πατέρας μου εμπιστευόταν αυτό το νοσοκομείο.»")
    assert is_quotation('"Мы не заплатим ни цента."')
    assert not is_quotation("Καλό ταξίδι, κυρ Δημήτρη. Ντροπή τους.")  # a caption or a reply: no quotation
    assert not is_quotation('"A" and "B" were both closed.')  # two quotations and words between them


def test_a_note_to_editors_that_points_somewhere_is_one_and_background_is_not() -> None:
    assert is_pointer_note("1. The decision is published at harbour.example/decisions.")
    assert is_pointer_note("4. Media enquiries: media@regulator.example or 02 5550 9284.")
    assert is_pointer_note("2. The authority does not comment on appeals.")
    assert not is_pointer_note("1. The scheme has operated since February 2018.")
    assert not is_pointer_note("3. A preliminary inquiry is not an investigation.")


def test_a_network_s_tabs_go_in_a_row_and_their_words_alone_stay_the_story_s() -> None:
    menu = "\n".join(["Skip to main content", "Home", "My Network", "Jobs", "Messaging", "Notifications", "",
                      "Riverton mill closes", "", "The town lost 300 jobs on Monday.", ""])
    assert reasons(menu)[3] == reasons(menu)[4] == "navigation links"
    story = "\n".join(["Riverton mill closes", "", "The town lost 300 jobs on Monday.", "", "Jobs",
                       "Messages", "The mill closed on Monday.", "",
                       "Newsletters from the council reached 3,000 homes.", ""])
    assert reasons(story) == {}  # two tabs' words, one a line, and no other tab nor button: the story's


def test_a_post_under_its_author_has_no_headline_and_a_headline_under_a_byline_stays_one() -> None:
    post = "Ana Lima\n2d • Edited • 🌐\nTwo days on. That's how long the old bridge has been closed.\n"
    cleaned = clean(post, {"byline": "Ana Lima"})
    assert [h.role for h in cleaned.header] == ["byline"]
    assert [p.text for p in cleaned.paragraphs] == [
        "Two days on. That's how long the old bridge has been closed."]
    page = "By Ana Lima\nRiverton floods again\n\nThe river rose two metres overnight, the council said.\n"
    assert [(h.role, h.text) for h in clean(page).header] == [("byline", "By Ana Lima"),
                                                              ("headline", "Riverton floods again")]


def test_a_byline_with_its_title_and_stamp_stays_the_byline() -> None:
    text = "Harbour floods again\nJane Doe | Chief Reporter | 3 May 2024\n\nThe quay flooded on Monday.\n"
    assert [(h.role, h.text) for h in clean(text).header][1:] == [("byline", "Jane Doe"),
                                                                  ("dateline", "3 May 2024")]
# --- with the patches to generator/clean.py and generator/cleanblocks.py (tests/test_clean_social.py) ---

def test_a_quotation_in_another_script_stays_and_a_caption_in_it_goes() -> None:
    text = "\n".join(["Riverton floods again", "", "His daughter posted a statement in Greek on Saturday.",
                      "", "«Ο πατέρας μου εμπιστευόταν αυτό το νοσοκομείο όλη του τη ζωή.»", "",
                      "\"My father trusted that hospital his whole life,\" she wrote.", "",
                      "Καλό ταξίδι, κυρ Δημήτρη.", ""])
    assert "«Ο πατέρας μου εμπιστευόταν αυτό το νοσοκομείο όλη του τη ζωή.»" in paragraphs(text)
    assert reasons(text) == {9: "non-English caption"}


def test_notes_to_editors_that_give_background_stay_and_those_that_point_somewhere_go() -> None:
    text = "\n".join(["Regulator opens inquiry", "", "1. The regulator has opened an inquiry.", "", "Ends",
                      "", "Notes to editors", "", "1. The scheme has operated since February 2018.", "",
                      "2. Media enquiries: media@regulator.example or 02 5550 9284.", ""])
    assert paragraphs(text)[-2:] == ["Notes to editors", "1. The scheme has operated since February 2018."]
    assert reasons(text) == {5: "end of release", 11: "notes to editors"}


@pytest.mark.parametrize(("line", "address"), [
    ("1357 Budapest, Kossuth Lajos tér 1–3.", True),
    ("Kossuth Lajos tér 1, 1055 Budapest", True),
    # sentences with a number and a comma
    ("2000 people marched, the police said 4.", False),
    ("In 2019 Budapest, Hungary hosted 12", False),
])
def test_an_office_s_postal_address_alone_on_its_line_is_contact_details(line: str, address: bool) -> None:
    assert (line_reason(line) == "contact details") is address


# --- a thread on a network that names its server (Bluesky, Mastodon) ----------------------------------------

SKY = "\n".join([
    "Bluesky", "Home", "Search", "Notifications", "Chat", "Feeds", "Lists", "Profile", "Settings", "← Post",
    "🔁 boosted by Ben Okafor",  # 11
    "Ana Lima 💚", "@analima.bsky.social", "+ Follow",
    "CW: death, violence",  # 15
    "I was in the south stand last night. I am writing this so that people outside know what happened. 1/3",
    "Apr 26, 2026 at 3:48 AM", "💬 214   🔁 3.1K   ⭐ 1.2K", "Reply", "Quote", "⋯",
    "Ana Lima 💚", "@analima.bsky.social",
    "GATE 13 WAS LOCKED.",  # 24
    "⚠ Content warning: Graphic media", "Show", "ALT", "💬 58   🔁 2.2K   ⭐ 980", "Reply", "Quote", "⋯",
    "Ana Lima 💚", "@analima.bsky.social",
    "Read that again. The gate was locked during a match with 40,000 people inside. 3/3",  # 34
    "💬 44   🔁 1.9K   ⭐ 850", "Reply", "Quote", "⋯",
    "Replies", "Sort: Top",
    "Rina Sawitri", "@rinasw.bsky.social", "· 1d",  # 41
    "I'm so sorry. He was such a sweet kid. 🤍",
    "⭐ 88", "Reply", "Quote", "⋯",
    "Write your reply", "Feedback", "Privacy", "Terms", "Help", ""])


def test_a_thread_that_names_its_server_keeps_every_post_and_reply_and_loses_the_page() -> None:
    assert paragraphs(SKY) == [
        "I was in the south stand last night. I am writing this so that people outside know what happened. "
        "1/3",
        "GATE 13 WAS LOCKED.",
        "Read that again. The gate was locked during a match with 40,000 people inside. 3/3",
        "I'm so sorry. He was such a sweet kid. 🤍"]
    got = reasons(SKY)
    assert got[11] == "forum interface" and got[12] == got[41] == "post's author"
    assert got[15] == got[25] == "content warning"
    assert clean(SKY).header == ()  # a thread has no headline


@pytest.mark.parametrize(("line", "reason"), [
    ("🔁 boosted by Ben Okafor", "forum interface"), ("Reposted by Ben Okafor", "forum interface"),
    ("Ana Lima reposted", "forum interface"), ("+ Follow", "forum interface"), ("ALT", "forum interface"),
    ("Write your reply", "forum interface"), ("Sort: Top", "forum interface"),
    ("CW: death, violence", "content warning"), ("⚠ Content warning: Graphic media", "content warning"),
    ("Replies", "page interface text"), ("Show", "page interface text"),
])
def test_a_thread_s_marks_are_known_alone(line: str, reason: str) -> None:
    assert line_reason(normalise(line)) == reason


@pytest.mark.parametrize("line", [
    "Boosted by Tourism, Riverton Grows", "Reposted by thousands of users, the video spread.",
    "Content warning: the footage shows the crush.", "Replies to the survey were due on Monday.",
    "The alt text described the gate.", "Show me the gate.", "Sort of. The gate was open.",
])
def test_a_thread_s_marks_near_misses_stay(line: str) -> None:
    assert line_reason(normalise(line)) is None


def test_a_name_over_a_server_s_handle_once_and_followed_by_a_sentence_stays() -> None:
    story = "\n".join(["Flood in Riverton", "", "The council met on Monday.", "", "Follow the council",
                       "@riverton.bsky.social", "It posts updates.", ""])
    assert paragraphs(story)[-2:] == ["Follow the council", "It posts updates."]
