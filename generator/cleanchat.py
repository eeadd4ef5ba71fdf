"""Pages of kinds a news site does not print, copied whole by a contributor: a messaging group's chat export,
a press briefing's transcript, a blogging platform's post, a shop's recall notice, a court's filing and a
local station's page, whatever the story.

A chat export prefixes each message with its time and its author ('[14/05/2026, 21:07] Ann Lee: …', or
'14/05/2026, 21:07 - Ann Lee: …'): the message is a member's words, however short ('👍', 'Sorry Tom'), and
the story's; the app's own lines are not (a member joining or leaving, a picture left out of the export, a
deleted message, a forward's label, a bare link; the encryption notice on top is left to the header, see
`is_chat_note`). A transcript keeps its speakers' labels and its transcriber's notes; its editor's note on
the editing goes. A blogging platform sets the post's publication and author's box, the cards of other
posts ('More from …', 'Recommended from …'), the readers' responses, the post's tags and its own footer
around the post. A shop's page adds its buttons ('Print this notice'), a list of its other notices, its
store finder and its app. A court's filing carries its caption (counsel, the court, the parties beside a
column of ')', the case number) and, on every page, the court's filing stamp and its footnotes. A
station's page shows a video player (its label, the video's title, its autoplay switch) above the story.

Line rules (`generator.cleanrules` lists CHAT_RULES after its own; CHAT_LONG_KINDS are the reasons a line
longer than `cleanshapes.SHORT` may have) and block rules (`generator.clean` runs CHAT_BLOCK_RULES at the
end of its neighbours stage): a court's caption, a video's title, a post's cards, responses and tags, a
page's last run of footer links, a list of other notices, a shop's app box. Each rule tests a cheap cue (a
character, a word, a length) before its pattern; a line that reports what someone said is the story's.
The block rules find their headings by their text, not by the line rules' reasons, so that they work
whatever else the line rules said of them. `message_start` says where a chat message's words begin after
its stamp and author, for the stages that would start a paragraph there and cut the prefix off.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from generator.cleanshapes import ICONS, REPORTING, Line, caption_shaped, ends_sentence, rx, words

# --- a chat export --------------------------------------------------------------------------------

STAMP = rx(r"^\[?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},? \d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?: ?[ap]\.?m\.?)?\]?",
           r"(?: [-–])? (?P<rest>\S.*)$")
"""A chat export's stamp before each message: '[14/05/2026, 21:07] ' (iOS), '14/05/2026, 21:07 - '
(Android), '5/14/26, 9:07 PM - '."""
AUTHOR = re.compile(r"(?P<author>[^:]{1,60}?): (?P<text>\S.*)$")
"""The author of a message, before its colon ('Ann Lee: …'); the app's own notes have none."""
LTR_MARK = "\u200e"
"""The left-to-right mark an iOS export puts before the app's notes ('\u200e<attached: …>')."""
SYSTEM_NOTE = rx(r"\bjoined using (?:this|the|a) (?:group|community)'s invite link$",
                 r"|^(?:~ ?)?\S.{0,60} (?:joined|left|was removed|was added|is now an admin)$",
                 r"|^(?:~ ?)?\S.{0,60} (?:added|removed) (?:~ ?)?\S.{0,60}$",
                 r"|\bcreated (?:the )?(?:group|community)\b",
                 r"|\bchanged (?:the (?:subject|group description|group name)|this group's (?:icon|settings",
                 r"|description)|their phone number|to \+?\d)",
                 r"|\bdeleted this group's icon$|\bsecurity code (?:with \S.{0,60} )?changed\b",
                 r"|\bturned (?:on|off) disappearing messages\b",
                 r"|^missed (?:group )?(?:voice|video) call$")
"""The app's own notes in a message's place, with no author: a member joining or leaving, the group's name
or picture changed, a missed call."""
SYSTEM_WORDS = 20
ATTACHMENT = rx(r"^(?:<media omitted>|<attached: [^<>]{1,160}>|<?(?:image|video|audio|sticker|gif|document",
                r"|photo|contact card|voice message) omitted>?)$")
"""What an export writes where a picture, a video or a file was: '<Media omitted>', 'image omitted',
'<attached: 00000012-PHOTO-2026-05-14.jpg>'."""
ATTACHMENT_LENGTH = 200
DELETED = rx(r"^(?:this message was deleted|you deleted this message|this message was deleted by an? admin)",
             r"\.?$")
FORWARD_LABELS = frozenset(("forwarded", "forwarded many times"))
"""The label over a forwarded message, alone on the message's first line (the message is below it)."""
BARE_LINK = re.compile(r"(?:https?://|www\.)\S{3,}")


def _message(line: str) -> tuple[str | None, str] | None:
    """A chat export's line: its author (None for the app's own notes) and its text, without the stamp;
    None for a line with no stamp. Cheap cues first: a bracket or a digit, then a date's separator."""
    if not (line[:1] == "[" or line[:1].isdigit()) or ("/" not in line[1:6] and "." not in line[1:6]):
        return None
    return _stamped(line)


@lru_cache(maxsize=4096)
def _stamped(line: str) -> tuple[str | None, str] | None:
    """`_message`'s pattern, remembered: each of the chat's rules asks it of the same line."""
    match = STAMP.match(line)
    if match is None:
        return None
    rest = match.group("rest").replace(LTR_MARK, "")
    said = AUTHOR.match(rest)
    return (said.group("author"), said.group("text")) if said else (None, rest)


def message_start(line: str) -> int | None:
    """Where a message's own words begin on its stamped line ('Jesus. Sorry Tom' in '[14/05/2026, 21:07]
    Ann Lee: Jesus. Sorry Tom'); None for a line with no stamp or no author. The stamp and the author are
    the message's time and writer, its metadata: for the stage that joins a chat's lines into paragraphs,
    a stamped line begins a message, and what comes before this offset is not the story's words."""
    if _message(line) is None:
        return None
    stamp = STAMP.match(line)
    said = AUTHOR.match(line, stamp.start("rest")) if stamp else None
    return said.start("text") if said else None


def is_chat_note(line: str) -> bool:
    """'[12/05/2026, 13:12] ~ Ann Lee joined using this group's invite link': the app's note in a message's
    place, with no author. A member's message about the same ('[…] Mark: Priya left the group last night')
    has an author before a colon and is the story's.

    The notice at the top of every export ('[…] Group: Messages and calls are end-to-end encrypted. …') is
    left to the header, which takes it for the headline: removed, it would leave the first message to be
    taken for one (`generator.cleanheader` takes the first free line of a page for its headline)."""
    message = _message(line)
    if message is None or message[0] is not None:
        return False
    return words(message[1]) <= SYSTEM_WORDS and SYSTEM_NOTE.search(message[1]) is not None


def _message_text(line: str) -> str:
    """A message's text without its stamp and author, or the line itself when it has none (a message's
    own line below its stamped first line)."""
    message = _message(line)
    return line.replace(LTR_MARK, "") if message is None else message[1]


def is_attachment(line: str) -> bool:
    """'[13/05/2026, 10:02] Ann Lee: <Media omitted>': a picture or a file the export left out, the whole
    message ('New list is up. <Media omitted>' would be a message and its picture)."""
    text = _message_text(line)
    return len(text) <= ATTACHMENT_LENGTH and ("omitted" in text or "<attached:" in text) \
        and ATTACHMENT.match(text) is not None


def is_deleted_message(line: str) -> bool:
    """'[…] Ann Lee: This message was deleted': the app's placeholder for a message taken back."""
    text = _message_text(line)
    return len(text) <= 50 and "deleted" in text and DELETED.match(text) is not None


def is_forward_label(line: str) -> bool:
    """'[…] Ann Lee: Forwarded': the label on the first line of a forwarded message, alone (the forwarded
    words are on the lines below)."""
    message = _message(line)
    return message is not None and message[0] is not None and message[1].lower() in FORWARD_LABELS


def is_bare_link(line: str) -> bool:
    """'[…] Ann Lee: https://example.org/post': a message that is a link and nothing else (the page it
    points to is another article)."""
    message = _message(line)
    return message is not None and message[0] is not None and " " not in message[1] \
        and BARE_LINK.fullmatch(message[1]) is not None


# --- a transcript ---------------------------------------------------------------------------------

EDIT_NOTE = rx(r"^(?:(?:this|the) )?(?:transcript|interview|conversation|discussion|exchange|q&a|text",
               r"|briefing)",
               r"(?: (?:above|below|transcript))? (?:has been|have been|was|is|were) ",
               r"(?:lightly |slightly |heavily |partly )?(?:edited|condensed|abridged|shortened)",
               r"(?:,? (?:and|or) (?:lightly )?(?:edited|condensed|abridged|shortened))?",
               r"(?: for (?:clarity|length|brevity|style|readability|space)",
               r"(?:,? (?:and|or) (?:clarity|length|brevity|style|readability|space))?)?\.?$",
               r"|^(?:(?:lightly )?edited|condensed|abridged) (?:and (?:condensed|edited) )?",
               r"for (?:clarity|length|brevity)(?: and (?:clarity|length|brevity))?\.?$")
"""The editor's note on a transcript's or an interview's editing: 'This transcript has been lightly edited
for clarity.', 'This interview was edited and condensed.'."""
EDIT_NOTE_WORDS = 16


def is_edit_note(line: str) -> bool:
    """'This transcript has been lightly edited for clarity.': the editor's, not the speakers'. 'The
    transcript was edited, lawyers said, to remove …' goes on and is the story's."""
    if words(line) > EDIT_NOTE_WORDS:
        return False
    lowered = line.lower()
    return ("edited" in lowered or "condensed" in lowered or "abridged" in lowered
            or "shortened" in lowered) and EDIT_NOTE.match(line) is not None


# --- a blogging platform's post -------------------------------------------------------------------

PUBLISHED_IN = rx(r"^published in (?-i:[A-Z]).{0,80}$")
"""'Published in The Food Safety Desk': the platform's publication the post is filed in."""


def is_publication(line: str) -> bool:
    """'Published in The Food Safety Desk', no sentence ('Published in 1987, the report …' is one)."""
    return words(line) <= 12 and line[:13].lower() == "published in " and not ends_sentence(line) \
        and "," not in line and PUBLISHED_IN.match(line) is not None


AUTHOR_BOX = rx(r"^(?:written by|writer (?:for|at)|editor (?:of|for|at)|contributor (?:to|for|at)",
                r"|columnist (?:for|at)) (?-i:[A-Z]).{0,80}$")
"""The author's box under a post: 'Written by Ann Lee, PhD', 'Writer for The Food Safety Desk'."""
AUTHOR_CUES = ("written", "writer", "editor", "contributor", "columnist")


def is_author_line(line: str) -> bool:
    """'Written by Ann Lee, PhD', 'Writer for The Food Safety Desk': who wrote the post, in the box under
    it. 'Written by hand, the note …' and 'Written by Ann Lee in 2019, the policy was never enforced.' are
    sentences."""
    return words(line) <= 12 and line[:11].lower().startswith(AUTHOR_CUES) and not ends_sentence(line) \
        and REPORTING.search(line) is None and AUTHOR_BOX.match(line) is not None


MORE_POSTS = rx(r"^(?:(?:more|more stories|see all|more posts) from|recommended (?:from|by))",
                r" (?-i:[A-Z@]).{0,80}$",
                r"|^(?:see more recommendations|recommended for you)$")
"""The headings of a platform's cards of other posts: 'More from Ann Lee and The Desk', 'See all from Ann
Lee', 'Recommended from Medium', 'See more recommendations'."""
MORE_CUES = ("more ", "see all", "recommended", "see more")


def is_more_posts(line: str) -> bool:
    """'More from Ann Lee and The Food Safety Desk', 'Recommended from Medium': the cards of other posts
    begin. 'More from the minister's statement below:' introduces the story's own words."""
    return words(line) <= 14 and line[:12].lower().startswith(MORE_CUES) and not ends_sentence(line) \
        and MORE_POSTS.match(line) is not None


# --- a shop's notice --------------------------------------------------------------------------------

THIS_BUTTON = rx(r"^(?:print|share|e-?mail|save|download|bookmark|cite|copy link to) this ",
                 r"(?:notice|page|article|story|post|recall|alert|release|statement|update|guide|list",
                 r"|document|transcript)$")
"""A page's button for itself: 'Print this notice', 'Share this notice'."""
VIEW_ALL = rx(r"^(?:view|see|show|browse) all (?:(?:product )?recalls|alerts|notices|warnings|updates",
              r"|press releases|statements|announcements|stories|articles|posts)(?: ?[›»→>])?$")
"""The link that ends a list of other notices: 'View all recalls'."""
AUTOPLAY = rx(r"^(?:turn )?auto-?play(?:\s*:?\s*(?:on|off))?$")
"""A video player's switch: 'Autoplay: ON'."""


def is_page_button(line: str) -> bool:
    """'Print this notice', 'View all recalls', 'Autoplay: ON': a button of the page. 'Share this notice
    with anyone who has young children.' is the notice's own advice."""
    if words(line) > 5:
        return False
    lowered = line.lower()
    if " this " in lowered:
        return THIS_BUTTON.match(line) is not None
    if " all " in lowered:
        return VIEW_ALL.match(line) is not None
    return ("autoplay" in lowered or "auto-play" in lowered) and AUTOPLAY.match(line) is not None


STORE_FINDER = rx(r"^(?:find|locate|search for) (?:your |a |the |our )?(?:nearest |local |closest )?",
                  r"(?:stores?|shops?|branch(?:es)?|pharmac(?:y|ies)|stockists?|outlets?|supermarkets?)",
                  r"(?: near (?:you|me))?$",
                  r"|^(?:store|shop|branch) (?:finder|locator)$",
                  r"|^enter (?:a|your) (?:town|city|county|postcode|post code|zip(?: code)?|eircode|address",
                  r"|location|suburb)\b[^.!?]{0,60}$",
                  r"|^use (?:my|your) (?:current )?location$")
"""A store finder's heading, field and buttons: 'Find your nearest store', 'Enter a town, county or
Eircode', 'Find stores', 'Use my location'."""
OPENING_HOURS = rx(r"(?:^|\s[–—|·-]\s)(?:open|opens|closed|closes)(?: today| now| until| till| from| daily)?",
                   r" \d{1,2}(?:[:.]\d\d)? ?(?:am|pm)?(?: ?[–-] ?\d{1,2}(?:[:.]\d\d)? ?(?:am|pm)?)?$")
"""A store's opening hours behind its name: 'Main Street – Open today 8am–10pm'."""
FINDER_CUES = ("find", "locate", "search", "store", "shop", "branch", "enter", "use ")
FINDER_WORDS = 14


def is_store_finder(line: str) -> bool:
    """'Find your nearest store', 'Enter a town, county or Eircode', 'Use my location', 'Main Street –
    Open today 8am–10pm': a shop's store finder. 'The shop is open today until 10pm.' is a sentence."""
    if words(line) > FINDER_WORDS or ends_sentence(line):
        return False
    lowered = line.lower()
    if line[-1:] in "mM0123456789" and ("open" in lowered or "close" in lowered) \
            and OPENING_HOURS.search(line) is not None:
        return True
    return lowered.startswith(FINDER_CUES) and STORE_FINDER.match(line) is not None


APP = rx(r"^(?:get|download|install|try) (?:the|our) (?:free |new )?(?:[\w'&.-]+ ){0,5}app$")
"""A page's box for its app: 'Get the Thornbury's app', 'Download the Garden State 9 News app'."""


def is_app_heading(line: str) -> bool:
    """'Get the Thornbury's app': the heading of the site's box for its app ('Get the app working again,
    the minister said.' goes on)."""
    return line[-3:].lower() == "app" and words(line) <= 10 and APP.match(line) is not None


# --- a station's video player -----------------------------------------------------------------------

VIDEO_LABELS = frozenset(("video", "watch video", "play video", "live video", "audio"))
ICON_PREFIX = re.compile(f"^[{ICONS}][\ufe0f\u200d ]*")


def is_video_label(line: str) -> bool:
    """'▶ VIDEO', 'Watch video': a player's label. Alone it may be a menu's item ('Video' among 'Scores',
    'Tables'): `video_titles` takes it only above a video's title and length."""
    return len(line) <= 16 and ICON_PREFIX.sub("", line).lower() in VIDEO_LABELS


# --- a court's filing -------------------------------------------------------------------------------

FILING_STAMP = rx(r"^case:? [\w:.-]{4,30} (?:document|doc\.?|dkt\.?|ecf no\.?) ?\d+(?:-\d+)? ",
                  r"filed:? \d{1,2}/\d{1,2}/\d{2,4} page:? \d+ of \d+(?: page ?id:? ?#?:? ?\d+)?$")
"""The stamp a court's electronic filing system prints at the top of every page: 'Case 2:26-cv-04417
Document 1 Filed 05/19/26 Page 3 of 41 PageID: 3'."""


def is_filing_stamp(line: str) -> bool:
    return len(line) <= 120 and line[:4].lower() == "case" and "iled" in line \
        and FILING_STAMP.match(line) is not None


BAR_NUMBER = rx(r"^(?-i:[A-Z])[\w.,' -]{2,60} \((?:[a-z]{2,4} )?(?:state )?(?:bar|sbn|bbo)",
                r"(?: no\.?| number| #| id)?:? ?#?[\w-]{3,14}\)(?:,? \(?pro hac vice(?: \w+)?\)?)?$")
"""Counsel's line in a filing's caption: 'Rachel M. Osei (NJ Bar No. 021842009)', 'Ann Lee (SBN 123456)'."""
LAW_FIRM = re.compile(r"^[A-Z][A-Z&.,' -]{2,60} (?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|P\.C\.|PLLC|P\.A\.|LAW FIRM"
                      r"|LAW OFFICES?|LAW GROUP|& ASSOCIATES)$")
"""Counsel's firm in capitals: 'OSEI WHITLOCK LLP'."""
COUNSEL_FOR = rx(r"^(?:attorneys?|counsel|lawyers?|solicitors?) for (?:the )?(?:named )?(?:plaintiffs?",
                 r"|defendants?|petitioners?|respondents?|appellants?|appellees?|claimants?|applicants?",
                 r"|movants?|debtors?|relators?|(?:proposed |putative )?class)\b")
"""Whom counsel appear for, under their names: 'Attorneys for Plaintiffs and the Proposed Class'."""
CITY_ZIP = re.compile(r"^[A-Z][A-Za-z.' -]{1,40}, [A-Z][A-Za-z. ]{1,30} \d{5}(?:-\d{4})?$")
"""The last line of counsel's address: 'Newark, New Jersey 07102', 'Brooklyn, NY 11201'."""
COURT_NAME = rx(r"^(?:in the )?(?:united states |u\.s\. )?(?:district|bankruptcy|circuit|superior|supreme",
                r"|county|high|crown|federal|appeals?|family|probate|chancery|magistrates'?) court",
                r"(?: (?:of|for|in) (?:the )?[a-z .,'-]{2,50})?$",
                r"|^(?:for|in) the (?:(?:northern|southern|eastern|western|central|middle) )?district of ",
                r"[a-z .'-]{2,30}$",
                r"|^(?:northern|southern|eastern|western|central|middle) district of [a-z .'-]{2,30}$")
"""The court, as a caption writes it in capitals: 'UNITED STATES DISTRICT COURT', 'FOR THE DISTRICT OF
NEW JERSEY'."""
CASE_NUMBER = rx(r"^(?:case|civil action|criminal action|docket|index|cause|claim|adversary proceeding) ",
                 r"(?:no\.?|number|#):? ?[\w:./-]{3,30}(?: \([\w ]{1,20}\))?$")
"""The case number alone on its line: 'Case No. 2:26-cv-04417', 'Civil Action No. 26-1234 (ABC)'."""
CASE_CUES = ("case", "civil", "crimin", "docket", "index", "cause", "claim", "advers")
CAPTION_WORDS = 14


def is_caption_line(line: str) -> bool:
    """A line of a filing's caption above its text: counsel with their bar numbers and firm, whom they
    appear for, their city, the court in capitals, the case number. The same words in a sentence ('The
    United States District Court for the District of New Jersey will hear the case.', 'Attorneys for the
    plaintiffs said …') are the story's."""
    if words(line) > CAPTION_WORDS or ends_sentence(line):
        return False
    if line.endswith(")") and " (" in line:
        return ("Bar" in line or "SBN" in line or "BBO" in line) and BAR_NUMBER.match(line) is not None
    if line.isupper():
        return ("COURT" in line or "DISTRICT" in line) and COURT_NAME.match(line) is not None \
            or LAW_FIRM.match(line) is not None
    if line[-1:].isdigit():
        if ", " in line and CITY_ZIP.match(line) is not None:
            return True
        return line[:6].lower().startswith(CASE_CUES) and CASE_NUMBER.match(line) is not None
    return line[:11].lower().startswith(("attorney", "counsel", "lawyer", "solicitor")) \
        and REPORTING.search(line) is None and COUNSEL_FOR.match(line) is not None


SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
FOOTNOTE = re.compile(f"^[{SUPERSCRIPT_DIGITS[1:]}][{SUPERSCRIPT_DIGITS}]* \\S")
"""A footnote at the foot of a filing's page, numbered in superscript: '¹ Department of Health, …'."""


def is_footnote(line: str) -> bool:
    """'¹ Department of Health (Ireland), Transcript: …': a footnote, under the page's text ('²³⁸U is the
    isotope …' begins with a number in superscript, not a footnote's mark and a space)."""
    return line[:1] in SUPERSCRIPT_DIGITS and FOOTNOTE.match(line) is not None


# --- the line rules ---------------------------------------------------------------------------------

CHAT_RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("chat system message", is_chat_note),  # '[…] ~ Ann joined using this group's invite link'
    ("attachment left out", is_attachment),  # '[…] Ann: <Media omitted>'
    ("deleted message", is_deleted_message),  # '[…] Ann: This message was deleted'
    ("forwarded-message label", is_forward_label),  # '[…] Ann: Forwarded'
    ("web address", is_bare_link),  # '[…] Ann: https://example.org/post'
    ("editor's note", is_edit_note),  # 'This transcript has been lightly edited for clarity.'
    ("publication label", is_publication),  # 'Published in The Food Safety Desk'
    ("about the author", is_author_line),  # 'Written by Ann Lee, PhD', 'Writer for The Desk'
    ("cross-promotion link", is_more_posts),  # 'More from Ann Lee', 'Recommended from Medium'
    ("page interface text", is_page_button),  # 'Print this notice', 'View all recalls', 'Autoplay: ON'
    ("store locator", is_store_finder),  # 'Find your nearest store', 'Main St – Open today 8am–10pm'
    ("app promotion", is_app_heading),  # 'Get the Thornbury's app'
    ("page header or footer", is_filing_stamp),  # 'Case 2:26-cv-04417 Document 1 Filed … PageID: 3'
    ("court caption", is_caption_line),  # 'Rachel M. Osei (NJ Bar No. 021842009)', 'Case No. …'
    ("footnote", is_footnote),  # '¹ Department of Health (Ireland), Transcript: …'
)
"""The line rules of these pages, as (reason, test), tried after `generator.cleanrules`' own."""
CHAT_LONG_KINDS: frozenset[str] = frozenset(("footnote",))
"""Of those, the reasons a line longer than `cleanshapes.SHORT` may have: a footnote citing a report."""


# --- blocks -----------------------------------------------------------------------------------------

CAPTION_ABOVE = 16
"""Most lines above a caption's column that still belong to the caption (counsel, the court)."""
CAPTION_COLUMN = 3
PARTIES = rx(r"\b(?:v\.|vs\.?|plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?)",
             r"(?:\W|$)")
"""The parties' roles in a caption ('Plaintiffs,', 'v.'): a column of ')' naming none is something else."""


def _in_column(text: str) -> bool:
    """A line of a caption beside its column of ')' (the parties on the left, the case number and the
    title on the right): 'JANE DOE, )', ') Case No. 2:26-cv-1', ')'. A list's 'a) …' has no space
    before it."""
    return ")" in text and (text == ")" or text.startswith(") ") or text.endswith(" )") or " ) " in text)


def court_captions(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """A filing's caption: three lines or more beside a column of ')' that name the parties ('v.',
    'Plaintiffs,'), and the lines above them that are no sentence (counsel, their address, the court) up
    to the top of the filing. The text begins under it."""
    found: dict[int, str] = {}
    i = 0
    while i < len(lines):
        if not _in_column(lines[i].text):
            i += 1
            continue
        end = i
        while end + 1 < len(lines) and _in_column(lines[end + 1].text):
            end += 1
        run = range(i, end + 1)
        if len(run) >= CAPTION_COLUMN and any(PARTIES.search(lines[j].text) for j in run):
            found.update({j: "court caption" for j in run if j not in reasons})
            for j in range(i - 1, max(-1, i - 1 - CAPTION_ABOVE), -1):
                if j not in reasons and not caption_shaped(lines[j].text):
                    break
                if j not in reasons:
                    found[j] = "court caption"
        i = end + 1
    return found


CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
TITLE_REACH = 3


def video_titles(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Under a player's label ('▶ VIDEO'), the video's title: the short lines down to its length ('2:14')
    or its autoplay switch, in the same block. Without them the line under a label is the story's."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if not is_video_label(line.text):
            continue
        title: list[int] = []
        for j in range(i + 1, min(i + 1 + TITLE_REACH, len(lines))):
            text = lines[j].text
            if lines[j].gap:
                break
            if CLOCK.fullmatch(text) or AUTOPLAY.match(text):
                if title:
                    found[i] = "video label"
                    found.update(dict.fromkeys(title, "video title"))
                break
            if j in reasons:
                continue
            if not caption_shaped(text):
                break
            title.append(j)
    return {i: reason for i, reason in found.items() if i not in reasons}


RESPONSES = rx(r"^(?:responses|\d[\d,.]*[km]? responses|responses \(\d[\d,.]*[km]?\))$")
"""The heading of a platform's readers' responses: 'Responses (34)'."""
RESPONSES_END = rx(r"^(?:see|show|view|read) (?:all|more) (?:responses|comments|replies)$")
RESPOND = rx(r"^(?:respond|reply|\d+ repl(?:y|ies))$")
RESPOND_REACH = 12
RESPONSES_REACH = 80


def _responses_heading(text: str) -> bool:
    return len(text) <= 24 and text[:1] in "Rr0123456789" and RESPONSES.match(text) is not None


CARD_WORDS = 20
"""Most words of a card's line: a post's title."""
CARD_MARKS = frozenset(("reading-time estimate", "timestamp", "reaction counter", "publication label",
                        "page interface text"))
"""Reasons of a card's own lines: its reading time, its date, its claps, its publication, its buttons."""
COMMENT_MARKS = frozenset(("comment counter", "comments heading"))
"""Reasons of the lines that begin a page's comments: the cards of other posts end above them."""


def post_cards(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Under a platform's 'More from …' or 'Recommended from …', the cards of other posts: authors, their
    publications, titles (a question or a sentence), times and counts, down to a line longer than a
    title, a blank line or the responses' heading. Only where the cards' own marks (a reading time, a
    count, a date: lines the line rules removed) show that cards follow: under a heading alone, a story's
    sentence stays."""
    found: dict[int, str] = {}
    i = 0
    while i < len(lines):
        if not is_more_posts(lines[i].text):
            i += 1
            continue
        if i not in reasons:
            found[i] = "cross-promotion link"
        cards, marked = [], False
        j = i + 1
        while j < len(lines) and not lines[j].gap and not _responses_heading(lines[j].text) \
                and reasons.get(j) not in COMMENT_MARKS:
            if j not in reasons:
                text = lines[j].text
                titled = reasons.get(j + 1) == "reading-time estimate"  # a title over its reading time
                if words(text) > CARD_WORDS or text.endswith(".") and not titled:
                    break  # a story's sentence: a card's title is short, and seldom ends with a full stop
                cards.append(j)
            elif reasons[j] in CARD_MARKS:
                marked = True
            j += 1
        if marked:
            found.update(dict.fromkeys(cards, "cross-promotion link"))
        i = j
    return found


def post_responses(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Under a platform's 'Responses (34)', with a 'Respond' or 'Reply' button soon under it, every line
    down to 'See all responses' (or to a blank line, or the end): the readers' names and responses, which
    are not the post, though one may dispute it."""
    for i, line in enumerate(lines):
        if not _responses_heading(line.text):
            continue
        reach = range(i + 1, min(i + 1 + RESPOND_REACH, len(lines)))
        if not any(RESPOND.match(lines[j].text) for j in reach):
            continue
        found: dict[int, str] = {}
        for j in range(i + 1, min(i + 1 + RESPONSES_REACH, len(lines))):
            if lines[j].gap:
                break
            if j not in reasons:
                found[j] = "page interface text" if RESPOND.match(lines[j].text) else "readers' comment"
            if RESPONSES_END.match(lines[j].text):
                if j not in reasons:
                    found[j] = "page interface text"
                break
        return found
    return {}


TAG_WORDS = 3
TAG_LENGTH = 40
TAGS_MIN, TAGS_MAX = 3, 10
COUNT = re.compile(r"\d{1,3}(?:[.,]\d)?[KkMm]|\d{1,4}")
"""A post's count of claps or responses: '1.2K', '34'."""


def _tag_shaped(text: str) -> bool:
    """A tag: up to three capitalised words, no punctuation but '&' and '-' ('Infant Formula')."""
    return words(text) <= TAG_WORDS and all(w[:1].isupper() or w == "&" for w in text.split()) \
        and all(c.isalnum() or c in " &-'" for c in text)


def post_tags(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Under a post, its tags: three to ten short capitalised lines ('Food Safety', 'Parenting') right
    above its count of claps ('1.2K'). A story's list of names is not followed by a bare count."""
    found: dict[int, str] = {}
    run: list[int] = []
    for i, line in enumerate(lines):
        if run and line.gap:
            run = []
        if TAGS_MIN <= len(run) <= TAGS_MAX and len(line.text) <= 5 and COUNT.fullmatch(line.text):
            found.update(dict.fromkeys(run, "topic tags"))
        if i not in reasons and len(line.text) <= TAG_LENGTH and _tag_shaped(line.text):
            run.append(i)
        else:
            run = []
    return found


FOOTER_WORDS = frozenset(("help", "status", "about", "about us", "careers", "jobs", "press", "blog",
                          "privacy", "terms", "text to speech", "teams", "contact", "contact us", "sitemap",
                          "advertise", "accessibility", "cookies", "legal", "imprint", "rules", "security",
                          "developers"))
"""A platform's footer links ('Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Text to speech')."""
FOOTER_KNOWN = 4
FOOTER_ITEM_WORDS = 3


def footer_links(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """The last lines of a page, up from its end, when each is a link of a few words and four of them or
    more are a footer's ('Help', 'Status', 'Careers', 'Press'): the platform's footer, with no copyright
    notice under it. A story's last lines are sentences."""
    items: list[int] = []
    known = 0
    for i in range(len(lines) - 1, -1, -1):
        text = lines[i].text
        if words(text) > FOOTER_ITEM_WORDS or ends_sentence(text) or any(c.isdigit() for c in text):
            break
        known += text.lower() in FOOTER_WORDS
        if i not in reasons:
            items.append(i)
    return dict.fromkeys(items, "page footer") if known >= FOOTER_KNOWN else {}


NOTICES = rx(r"^(?:other|more|recent|latest|previous) (?:recent |latest |previous )?(?:product )?",
             r"(?:recalls|alerts|notices|warnings|press releases|statements|announcements)$")
"""The heading of a list of a page's other notices: 'Other recent recalls'."""
NOTICE_ITEMS = 12
ITEMS_MIN = 2


def notice_lists(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """'Other recent recalls' and the notices listed under it ('Chicken Caesar Wrap – undeclared egg (2 May
    2026)'), short lines with no sentence, down to 'View all recalls': links to other notices. Under the
    same words as a subheading, the story's sentences stay, and the subheading with them."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if words(line.text) > 5 or line.text[:1] not in "OoMmRrLlPp" or NOTICES.match(line.text) is None:
            continue
        items: list[int] = []
        for j in range(i + 1, min(i + 1 + NOTICE_ITEMS, len(lines))):
            if lines[j].gap or not caption_shaped(lines[j].text):
                break
            items.append(j)
            if VIEW_ALL.match(lines[j].text):
                break
        if len(items) >= ITEMS_MIN:
            found.update({j: "cross-promotion link" for j in [i, *items] if j not in reasons})
    return found


APP_LINES = 3
APP_PITCH_WORDS = 25
YOU = re.compile(r"\b(?:you|your|yours)\b|\bon the go\b", re.IGNORECASE)


def app_boxes(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Under 'Get the X app', the box's pitch to the reader ('Scan, shop and collect your points on the
    go.'), in the same block: a line or two that address the reader and report no one."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if not is_app_heading(line.text):
            continue
        for j in range(i + 1, min(i + 1 + APP_LINES, len(lines))):
            if lines[j].gap:
                break
            if j in reasons:
                continue
            text = lines[j].text
            if words(text) > APP_PITCH_WORDS or YOU.search(text) is None or REPORTING.search(text) \
                    or '"' in text:
                break
            found[j] = "app promotion"
    return found


BlockRule = Callable[[list, dict[int, str]], dict[int, str]]
CHAT_BLOCK_RULES: tuple[tuple[BlockRule, bool], ...] = (
    (court_captions, False), (video_titles, True), (post_cards, True), (post_responses, True),
    (post_tags, True), (footer_links, True), (notice_lists, True), (app_boxes, True),
)
"""The blocks of these pages, in order, each with whether it sees the blocks found before it (as
`generator.clean.BLOCK_RULES`)."""
