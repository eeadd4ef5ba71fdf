"""Blocks of lines that a page adds to an article, known by the heading or the marker above them.

A summary box ('Key points' and its items, which repeat the story) or a box of facts above the story,
the 'About …' section, the notes to editors and the legal notice that end a press release, its contacts,
the running header and footer around a PDF's page number, a journal's references, a blog's comment
section, a show's chapters, a sponsor's box, a newsletter's signature and its digest's items on other
stories, the box about the author, and the page's footer: the short lines after the copyright notice,
the comments heading, the release's end mark or the distribution service's line, once the story has
ended, and the site's links above a copyright notice that ends the page. Each rule looks at the lines
the line rules (`generator.cleanrules`) left free, and returns the reasons it finds by line index;
`generator.clean` calls them in its neighbours stage (the author's box and the footer after the header).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from generator import cleansite as site
from generator.cleanshapes import (
    DATE,
    MONTH,
    REPORTING,
    WEEKDAY,
    Line,
    caption_shaped,
    ends_sentence,
    rx,
    words,
)

SUMMARY_HEADING = rx(r"^(?:summary|key points|key facts|highlights|in brief|at a glance|key takeaways",
                     r"|the essentials|in short|tl;? ?dr|quick read)\s*:?$")
"""The heading of a box that sums the story up in a few lines above it or beside it."""
SUMMARY_ITEMS = 8
SUMMARY_ITEM_WORDS = 30


def summary_boxes(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """'Summary' or 'Key points' and the short lines right under it (no blank line between): the box
    repeats the story, so its lines are not paragraphs of it. A heading with more words ('Summary of the
    judgment') is the story's own. And a box of facts above the story (see `fact_box`)."""
    found: dict[int, str] = fact_box(lines, reasons)
    for i, line in enumerate(lines):
        if i in reasons or not SUMMARY_HEADING.match(line.text):
            continue
        items = _run_under(lines, reasons, i, SUMMARY_ITEMS,
                           lambda text: words(text) <= SUMMARY_ITEM_WORDS and not text.endswith(":"))
        if items:
            found[i] = "summary box"
            found.update(dict.fromkeys(items, "summary box"))
    return found


FACT = re.compile(r"^[A-Z][\w' -]{1,24}:\s+\S")
"""A line of a fact box: a label and its value ('Nationality: ESP', 'Sanction: 4 years from 2 April 2025')."""
FACTS = 3
STORY_SENTENCE = 8
"""Words of the shortest line that counts as the story's first sentence."""


def fact_box(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Three or more 'Label: value' lines (or an infobox's 'Label  value', its cells apart) in a row (no
    blank line between, no sentence) above the story's first sentence: the page's box of facts ('Athlete:
    …', 'Nationality: …', 'Sanction: …'), which the story then tells. Below the first sentence, such
    lines are the story's list ('India: 660 roles')."""
    run: list[int] = []
    for i, line in enumerate(lines):
        fact = _fact(line.text) or _cell_fact(line.cells)
        if run and (line.gap or not fact):
            if len(run) >= FACTS:
                return {j: "summary box" for j in run if j not in reasons}
            run = []
        if fact:
            run.append(i)
        elif i not in reasons and words(line.text) >= STORY_SENTENCE and ends_sentence(line.text):
            return {}  # the story has begun
    return {j: "summary box" for j in run if j not in reasons} if len(run) >= FACTS else {}


def _fact(text: str) -> bool:
    return words(text) <= 12 and not text.endswith(".") and FACT.match(text) is not None


LABEL = re.compile(r"[A-Z][\w'()-]*(?: [\w'()-]+){0,3}")
"""An infobox's label, in its own cell: 'Location', 'Date(s)', 'Structures destroyed'."""


def _cell_fact(cells: tuple[str, ...]) -> bool:
    """A row of an infobox, its label and its value in two cells ('Deaths   1'), when the copy keeps the
    gap between them as a run of spaces."""
    return len(cells) == 2 and words(cells[1]) <= 12 and not cells[1].endswith(".") \
        and LABEL.fullmatch(cells[0]) is not None


def _run_under(lines: Sequence[Line], reasons: dict[int, str], heading: int, limit: int,
               fits: Callable[[str], bool], gaps: bool = False) -> list[int]:
    """The free lines right under `heading` that `fits` accepts, up to `limit` and (unless `gaps`) up to
    the first blank line."""
    run: list[int] = []
    for i in range(heading + 1, min(heading + 1 + limit, len(lines))):
        if (lines[i].gap and not gaps) or i in reasons or not fits(lines[i].text):
            break
        run.append(i)
    return run


ABOUT = re.compile(r"^About (?:the )?(?P<name>[A-Z][^\s.:]*(?: [^\s:]+){0,7})\s*:?$")
"""'About Example Energy, S.A.', 'About the Example Unit': the heading of the company's (or the body's)
description that ends a press release."""
LEGAL_HEADING = rx(r"^(?:(?:cautionary (?:note|statement)s? (?:regarding|on|about) )?forward[- ]looking ",
                   r"(?:statements?|information)|safe harbou?r(?: statement)?|disclaimer|important notice",
                   r"|legal notice)\s*:?$")
"""The heading of a legal notice: 'Forward-Looking Statements', 'Safe Harbor Statement', 'Disclaimer'."""
SECTION_LINES = 3


def release_sections(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """A press release's closing sections: 'About X' followed by a paragraph that starts with X's name,
    a legal heading ('Forward-Looking Statements') and its paragraph, and the contacts under a heading
    such as 'Media contacts:' (names, titles, numbers and addresses: lines that are no sentence)."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i in reasons:
            if reasons[i] == "contact details" and site.CONTACT_HEADING.match(line.text):
                found.update(dict.fromkeys(_contacts_under(lines, reasons, i), "contact details"))
            continue
        about = ABOUT.match(line.text)
        if about:
            name = about.group("name").rstrip(".,")
            body = _run_under(lines, reasons, i, SECTION_LINES,
                              lambda text, name=name: text.startswith((name, "The " + name)), gaps=True)
            if body:
                found[i] = "about the company"
                found.update(dict.fromkeys(body, "about the company"))
        elif LEGAL_HEADING.match(line.text):
            body = _run_under(lines, reasons, i, 1, lambda text: words(text) > 12 and ends_sentence(text),
                              gaps=True)
            if body:
                found[i] = "legal notice"
                found.update(dict.fromkeys(body, "legal notice"))
    return found


def _contacts_under(lines: Sequence[Line], reasons: dict[int, str], heading: int) -> list[int]:
    return _run_under(lines, reasons, heading, 6, lambda text: words(text) <= 8 and not ends_sentence(text))


END_MARKERS = frozenset(("copyright notice", "comments heading", "distributor line", "contributor line",
                         "standards notice", "end of release"))
"""Reasons of lines after which the story does not go on: what follows them is the page's footer."""


def footer(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """The short free lines after the first end marker (a copyright notice, the comments heading…) that
    no sentence of the story follows: 'Start writing', 'Sort by Newest', the site's slogan, a sales pitch
    in capitals. Sentences are never taken: a line that ends one keeps everything above it."""
    last_sentence = max((i for i, line in enumerate(lines)
                         if i not in reasons and not _footer_shaped(line.text)), default=-1)
    marker = next((i for i in range(last_sentence + 1, len(lines)) if reasons.get(i) in END_MARKERS), None)
    if marker is None:
        return {}
    return {i: "page footer" for i in range(marker + 1, len(lines)) if i not in reasons}


def _footer_shaped(text: str) -> bool:
    """Short and no sentence, or a short question in a sales pitch ('WANT YOUR NEWS FEATURED ON X?')."""
    return caption_shaped(text) or words(text) <= 12 and text.endswith("?") and text.upper() == text


FOOTER_LINKS = frozenset(("page interface text", "navigation links", "section label", "cookie notice",
                          "contact details", "market data"))
"""Reasons of a site footer's own lines: its links ('Contact Us', 'Terms of Use'), its notes."""
FOOTER_ITEM_WORDS = 4
FOOTER_KNOWN = 2


def footer_menu(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Above the copyright notice that ends the page, the footer's other links ('Site Index', 'Careers',
    'About X'): a few words each, among two known ones or more ('Contact Us', 'Privacy'), up to the first
    line that is none (a sentence, a headline). A story's last lines are sentences."""
    last = max((i for i in range(len(lines)) if i not in reasons), default=-1)
    notice = next((i for i in range(len(lines) - 1, last, -1) if reasons.get(i) == "copyright notice"), None)
    if notice is None:
        return {}
    items: list[int] = []
    known = 0
    for i in range(notice - 1, -1, -1):
        if i in reasons:
            known += reasons[i] in FOOTER_LINKS
        elif _footer_item(lines[i].text):
            items.append(i)
        else:
            break
    return dict.fromkeys(items, "page footer") if known >= FOOTER_KNOWN else {}


def _footer_item(text: str) -> bool:
    return words(text) <= FOOTER_ITEM_WORDS and text[:1].isupper() and caption_shaped(text) \
        and not any(c.isdigit() for c in text)


BYLINE_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
BIO_VERB = rx(r"^\s*(?:covers|writes|reports|joined|leads|edits|heads|(?P<be>is|was|has)\b)")
"""What an author's note says next to the name: 'Jane Doe covers courts and banking from Lisbon.'."""
BIO_JOB = rx(r"\b(?:reporter|correspondent|writer|editor|journalist|columnist|producer|photographer|author",
             r"|contributor|covers|covering|reported|written)\b")
"""What an author's note that says 'is', 'was' or 'has' says of the author's work: 'Jane Doe is a senior
reporter at …' (a live page's 'Jane Doe has reached the hospital.' tells the story)."""
BIO_WORDS = 45


def author_box(lines: Sequence[Line], reasons: dict[int, str], byline: str | None,
               body_start: int) -> dict[int, str]:
    """Below the story's first line, the author's name alone on a line, and a sentence that starts with
    the name and says what the author does: the box about the author that a page puts under the story."""
    names = [name for name in BYLINE_SPLIT.split(re.sub(r"(?i)^by\s+", "", byline or "")) if words(name) >= 2]
    found: dict[int, str] = {}
    for i in range(body_start + 1, len(lines)):
        text = lines[i].text
        if i in reasons or not any(text.startswith(name) for name in names):
            continue
        rest = next(text[len(name):] for name in names if text.startswith(name))
        if not rest or words(text) <= BIO_WORDS and ends_sentence(text) and _bio(rest):
            found[i] = "about the author"
    return found


def _bio(rest: str) -> bool:
    """What follows the author's name says what the author does: 'covers …', 'is a reporter …'."""
    verb = BIO_VERB.match(rest)
    return verb is not None and (verb.group("be") is None or BIO_JOB.search(rest) is not None)


REPLY = rx(r"^(?:reply|(?:log|sign) in to reply|report(?: comment)?|reply to \S.{0,40}",
           r"|\d+ (?:likes?|replies))$")
"""What each comment of a comment section has under it."""
COMMENT_STAMP = rx(rf"^{DATE},? at \d{{1,2}}[:.]\d\d(?:\s?[ap]\.?m\.?)?$",
                   r"|^(?:(?:\d{1,3}|an?) (?:second|minute|hour|day|week|month|year)s? ago|yesterday)",
                   r"(?: \(edited\))?$")
"""When a comment was posted, as comment sections write it: 'September 7, 2025 at 10:02 am', '2 days ago',
'20 hours ago (edited)' (a forum's '2d' or '22h' is not asked for: its replies are the page's content)."""
THREAD_REASONS = frozenset(("forum interface", "post's author"))
"""Reasons of a forum's or a group's lines: under them, the replies are the thread that was copied."""
REPLY_REACH = 12
COMMENT_LINES = 4
"""Lines under a comments heading within which a reply button shows that comments follow."""


def comment_sections(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Under the last comments heading that a comment's time and a reply button soon follow ('12
    comments on "…"', a name, 'May 3, 2024 at 10:02 am' or '2 days ago', a comment, 'Log in to reply'),
    every free line to the end is a reader's: names, comments and all (from the section's heading, when
    the last mark is one comment's count of replies, '14 replies'). A count of comments under the byline
    is followed by the story, not by a reply button; on a forum's page the replies are the content."""
    for i in range(len(lines) - 1, -1, -1):
        if _comments_start(lines, reasons, i):
            i = _first_comments_start(lines, reasons, i)
            below = range(i + 1, len(lines))
            if any(reasons.get(j) in THREAD_REASONS for j in below):
                return {}  # a forum's thread: its replies are what the page was copied for
            return {j: "readers' comment" for j in below if j not in reasons}
    return {}


COMMENT_MARKS = ("comments heading", "comment counter")


def _comments_start(lines: Sequence[Line], reasons: dict[int, str], i: int) -> bool:
    return reasons.get(i) in COMMENT_MARKS and _replies_below(lines, reasons, i)


REPLY_COUNT = rx(r"^\d[\d,.]*[km]? repl(?:y|ies)$")
"""The count of one comment's replies ('14 replies'): a mark inside the section, not its heading."""


def _first_comments_start(lines: Sequence[Line], reasons: dict[int, str], i: int) -> int:
    """From a count of one comment's replies ('14 replies', under the section's last comments), up the
    comments, each within a few lines of the next, to the mark that starts the section ('Add a
    comment...')."""
    while REPLY_COUNT.match(lines[i].text):
        above = next((j for j in range(i - 1, max(-1, i - 1 - REPLY_REACH), -1)
                      if _comments_start(lines, reasons, j)), None)
        if above is None:
            break
        i = above
    return i


def _replies_below(lines: Sequence[Line], reasons: dict[int, str], heading: int) -> bool:
    """A comment's time ('May 3, 2024 at 10:02 am') and then a reply button within a few lines, with no
    more free lines before it than one comment has (its writer's name and a paragraph or two)."""
    free, stamped = 0, False
    for j in range(heading + 1, min(heading + 1 + REPLY_REACH, len(lines))):
        stamped = stamped or COMMENT_STAMP.match(lines[j].text) is not None
        if REPLY.match(lines[j].text):
            return stamped
        free += j not in reasons
        if free > COMMENT_LINES:
            return False
    return False


REFERENCES_HEADING = rx(r"^(?:references|bibliography|works cited|notes and references|citations)\s*:?$")
NUMBERED_REFERENCE = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}[.)])\s+\S")
"""'1. Author. Title. Place: Publisher; 2025.', '[2] …'."""


def reference_lists(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """'References' and the numbered works under it: the apparatus of a journal's article, not its text."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i in reasons or not REFERENCES_HEADING.match(line.text):
            continue
        items = _run_under(lines, reasons, i, 40, lambda text: NUMBERED_REFERENCE.match(text) is not None,
                           gaps=True)
        if items:
            found[i] = "reference list"
            found.update(dict.fromkeys(items, "reference list"))
    return found


ABBREVIATION = re.compile(r"^(?P<short>[A-Z][A-Z0-9]{1,6}|kt)\s+(?:[–—-]\s+|=\s+|:\s+)?"
                          r"(?P<long>[A-Za-z\u00c0-\u024f][^.!?]{2,90})$")
"""A line of a document's list of abbreviations: 'SMRS – State Mountain Rescue Service', 'PF Pilot flying'."""
ABBREVIATIONS_HEADING = rx(r"^(?:abbreviations|acronyms|glossary)(?: and (?:acronyms|abbreviations))?:?$")
ABBREVIATION_RUN = 3
"""Lines of the shortest list of abbreviations known by its shape alone (no heading above it)."""


def abbreviation_lists(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """A document's list of abbreviations, its heading and the lines in a row that each expand one ('IC –
    incident commander'): the report's apparatus, not its text. Without the heading, three such lines in
    a row (no blank line between), most of whose expansions start with their abbreviation's letter: not
    a list of the story's headlines ('UN calls for a ceasefire', 'EU imposes sanctions')."""
    found: dict[int, str] = {}
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        item = line is not None and _abbreviation(line, i, reasons)
        if item and run and not line.gap:  # type: ignore[union-attr]
            run.append(i)
            continue
        found.update(_abbreviation_list(lines, reasons, run))
        run = [i] if item else []
    return found


def _abbreviation(line: Line, i: int, reasons: dict[int, str]) -> bool:
    """A free line that expands an abbreviation, and no list item (whose bullet the text lost)."""
    return i not in reasons and line.text == line.raw and ABBREVIATION.match(line.text) is not None


def _abbreviation_list(lines: Sequence[Line], reasons: dict[int, str], run: list[int]) -> dict[int, str]:
    """The run and its heading, when it is a list of abbreviations."""
    heading = bool(run) and run[0] > 0 and ABBREVIATIONS_HEADING.match(lines[run[0] - 1].text) is not None
    expanded = 0
    for i in run:
        match = ABBREVIATION.match(lines[i].text)
        expanded += bool(match) and match.group("short")[0].lower() == match.group("long")[0].lower()
    if not heading and (len(run) < ABBREVIATION_RUN or 2 * expanded <= len(run)):
        return {}
    found = dict.fromkeys(run, "list of abbreviations")
    if heading and run[0] - 1 not in reasons:
        found[run[0] - 1] = "list of abbreviations"
    return found


SIGNUP_WORDS = 15
"""Longest line of a sign-up box's own: its title and its one-line pitch."""
CADENCE = rx(r"\bevery (?:day|week|weekday|morning|evening|monday|tuesday|wednesday|thursday|friday",
             r"|saturday|sunday)\b|\b(?:daily|weekly|monthly)\b|\b(?:once|twice) a (?:day|week|month)\b")
"""How often a newsletter comes: its pitch says so ('… every Thursday.', '… twice a month.')."""
INBOX = rx(r"\bin(?:to)? your inbox\b")
"""Where a newsletter comes: '… in your inbox' speaks to the reader, whatever else it names ('Get our field
reports …')."""
THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Tt]hey|[Tt]heir|[Tt]hem)\b")
"""A pitch speaks of the newsletter and its reader; 'The mayor described the plan in her weekly
newsletter.' speaks of someone: the story's."""


def _box_line(text: str) -> bool:
    """A sign-up box's name (no sentence) or its pitch (a sentence that says how often it comes, and
    reports nobody's words nor speaks of someone: 'Get the best out of every day, the coach says.' is
    the story's; or one that brings something to the reader's inbox)."""
    if words(text) > SIGNUP_WORDS:
        return False
    if caption_shaped(text):
        return True
    inbox = "inbox" in text and INBOX.search(text) is not None
    return (inbox or CADENCE.search(text) is not None and REPORTING.search(text) is None) \
        and THIRD_PERSON.search(text) is None


SIGNUP_BLOCK = 10
"""Most lines of a block that is a sign-up box and nothing else; a longer block (a page copied without blank
lines) holds the box among other lines."""
SIGNUP_GAP = 4
"""Most lines between two prompts of one box."""
SIGNUP_EDGE = 2
"""Lines above its first prompt and below its last that may be the box's name and pitch."""


def signup_boxes(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """A newsletter's sign-up box: in a block of lines (no blank line between) that holds two prompts or
    more (the offer, the e-mail field, the button, the consent), its other short lines are the box's
    name and pitch ('WORK SHIFT', 'The stories shaping the future of work, every Thursday.'). In a long
    block, only the lines next to its prompts (`_box_spans`): a video's transcript copied without blank
    lines between its title's 'SUBSCRIBE' and its closing 'subscribe …' is no box."""
    found: dict[int, str] = {}
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and not lines[end].gap:
            continue
        prompts = [i for i in range(start, end) if reasons.get(i) == "subscription prompt"]
        spans = [range(start, end)] if end - start <= SIGNUP_BLOCK else _box_spans(prompts, start, end)
        for span in spans if len(prompts) >= 2 else ():
            found.update({i: "subscription prompt" for i in span
                          if i not in reasons and _box_line(lines[i].text)})
        start = end
    return found


def _box_spans(prompts: list[int], start: int, end: int) -> list[range]:
    """The runs of two prompts or more, each within SIGNUP_GAP lines of the next, with SIGNUP_EDGE lines
    either side (inside the block from `start` to `end`)."""
    spans: list[range] = []
    run: list[int] = []
    for i in prompts + [end + SIGNUP_GAP + 1]:
        if run and i - run[-1] > SIGNUP_GAP:
            if len(run) >= 2:
                spans.append(range(max(start, run[0] - SIGNUP_EDGE), min(end, run[-1] + SIGNUP_EDGE + 1)))
            run = []
        run.append(i)
    return spans


FORUM_RULES = rx(r"^(?:community |subreddit )?rules\s*:?$")
NUMBERED_RULE = re.compile(r"^\d{1,2}[.)]\s+\S.{0,80}$")


def forum_sidebar(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """On a forum's page (where other lines are its interface), the community's description under 'About
    Community' and its numbered rules under 'Rules'."""
    if "forum interface" not in reasons.values():
        return {}
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if reasons.get(i) == "forum interface" and line.text.casefold().startswith("about") \
                and i + 1 < len(lines) and i + 1 not in reasons and words(lines[i + 1].text) <= 25:
            found[i + 1] = "forum interface"  # the community's one-line description
        elif i not in reasons and FORUM_RULES.match(line.text):
            items = _run_under(lines, reasons, i, 20, lambda text: NUMBERED_RULE.match(text) is not None)
            if items:
                found[i] = "forum interface"
                found.update(dict.fromkeys(items, "forum interface"))
    return found


# --- a PDF's pages, a release's notes, a show's chapters, a sponsor's box, a newsletter's end -----------

PAGE_EDGE = 3
"""Lines above and below a page number (in its block) that can be the page's running header or footer."""


def page_breaks(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Around a page number ('Page 1 of 2') pasted from a PDF, in the same block (no blank line
    between), the short lines that are no sentence: the page's running header and footer ('Example
    Unit | Monaco | example.org', 'AIU/2026/014 | Title of the release')."""
    found: dict[int, str] = {}
    for i in (i for i, reason in reasons.items() if reason == "page number"):
        for step in (-1, 1):
            j = i
            while 0 <= j + step < len(lines) and abs(j + step - i) <= PAGE_EDGE \
                    and not lines[max(j, j + step)].gap:
                j += step
                if j in reasons:
                    continue
                if not caption_shaped(lines[j].text) or SECTION_HEADING.match(lines[j].text):
                    break  # a sentence, or the document's numbered section under its page's head
                found[j] = "page header or footer"
    return found


SECTION_HEADING = re.compile(r"^(?:[IVXLC]{1,6}|[A-H]|\d{1,2})\.\s+[A-Z]")
"""A document's numbered section heading ('I. NATURE OF THE ACTION', 'B. Jurisdiction'): its text's, not
the page's running head."""


NOTES_HEADING = rx(r"^(?:(?:notes?|background) (?:to|for) (?:the )?editors?|editors?'? ?notes?",
                   r"|notes? to (?:news )?desks?)\s*:?$")
NOTES = 12


def editors_notes(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """'Notes to editors' and the notes under it that tell journalists where to look (an address, whom to
    call, that the body does not comment: `site.is_pointer_note`), in its block and numbered after a blank
    line. A note that gives background ('1. The scheme has operated since February 2018.') is the
    story's, and so is the heading over it, a subheading then."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i in reasons or not NOTES_HEADING.match(line.text):
            continue
        kept = False
        for j in range(i + 1, min(i + 1 + NOTES, len(lines))):
            if j in reasons or lines[j].gap and not NUMBERED_REFERENCE.match(lines[j].text):
                break
            if site.is_pointer_note(lines[j].text):
                found[j] = "notes to editors"
            else:
                kept = True
        if not kept:
            found[i] = "notes to editors"
    return found


CHAPTERS_HEADING = rx(r"^(?:chapters?|chapter markers|timestamps|in this episode",
                      r"|episode (?:chapters|guide))\s*:?$")
TIMECODE = re.compile(r"^[(\[]?(?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]?\s*[-–—:|]?\s+\S")


def chapter_lists(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Under 'Chapters' or 'Timestamps' (and its button, 'View all'), the lines that start with a time
    ('4:12 The appeal'): the episode's chapters, each a link into the recording (a live page's '14:32
    Police arrive' has no such heading)."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if not CHAPTERS_HEADING.match(line.text):
            continue
        while i + 1 < len(lines) and not lines[i + 1].gap and reasons.get(i + 1) == "page interface text":
            i += 1  # the list's button beside its heading: 'View all'
        items = _run_under(lines, reasons, i, 40,
                           lambda text: TIMECODE.match(text) is not None and caption_shaped(text))
        found.update(dict.fromkeys(items, "chapter list"))
    return found


AD_WORDS = 12
AD_REASONS = frozenset(("sponsor message", "advertisement label"))


def sponsor_boxes(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Right under or above a sponsor's message (no blank line between), its short lines that are no
    sentence: the sponsor's button and name ('Try Pacepal free →')."""
    found: dict[int, str] = {}
    for i in (i for i, reason in reasons.items() if reason == "sponsor message"):
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and not lines[max(j, j - step)].gap:
                if j not in reasons and words(lines[j].text) <= AD_WORDS and caption_shaped(lines[j].text):
                    found[j] = "sponsor message"
                elif reasons.get(j) not in AD_REASONS:
                    break
                j += step
    return found


SIGNATURE = re.compile(r"^[—–-]+\s*[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}$")
"""A newsletter's signature under its sign-off: '— Hattie', '– Ana Lima'."""


def signatures(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """The writer's name under a sign-off ('See you next Saturday.' then '— Hattie')."""
    return {i + 1: "sign-off" for i, reason in reasons.items() if reason == "sign-off"
            and i + 1 < len(lines) and i + 1 not in reasons and SIGNATURE.match(lines[i + 1].text)}


DIGEST_HEADING = rx(r"^(?:quick hits|news in brief|in other news|other news|elsewhere in (?:the )?news",
                    r"|around the (?:sport|league|leagues|web|grounds)|short takes|quick takes|odds and ends",
                    r"|bits and pieces|the rest of the (?:news|week))\s*:?$")
"""The heading of a newsletter's digest of short items, some of them about other stories (not a story's
'Elsewhere' or 'In brief', whose items are the story's own)."""
DIGEST_ITEMS = 12
NAME = re.compile(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*")
NOT_NAMES = frozenset("The A An It He She They We I You This That These Those In On At For But And Or If "
                      "As His Her Its Their Our My Your There Here What When Where Who Why How After Before "
                      "Also So Then Yes No Not One Two Three".split())
"""Capitalised words that start sentences and name nothing."""
CALENDAR = rx(rf"^(?:{MONTH}|{WEEKDAY})$")


def digest_items(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Under a digest's heading ('Quick hits', 'In other news'), the items that name nobody and nothing the
    rest of the article names: news of other stories ('Tokyo: X won the women's race …'). An item that
    shares a name with the article, or names nothing, is the story's and stays."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i in reasons or not DIGEST_HEADING.match(line.text):
            continue
        items = _run_under(lines, reasons, i, DIGEST_ITEMS, ends_sentence)
        known = _names((line.text for j, line in enumerate(lines) if j not in items and j != i), True)
        for j in items:
            names = _names([lines[j].text], False)
            if names and not any(_shares(name, known) for name in names):
                found[j] = "other news in brief"
    return found


def _names(texts: Iterable[str], first_words: bool) -> set[str]:
    """The capitalised words and runs of them ('Elena Ibáñez', 'Nimbra'), but for a sentence's common
    first words, months and days; without a sentence's first word alone unless `first_words` ('Nobody
    was hurt.': a capital that may name nothing)."""
    found: set[str] = set()
    for text in texts:
        for match in NAME.finditer(text):
            run = [w for w in match.group().split() if w not in NOT_NAMES]
            starts = match.start() == 0 or text[:match.start()].rstrip()[-1:] in ".!?"
            if not run or not first_words and starts and len(match.group().split()) == 1:
                continue
            name = re.sub(r"'s\b", "", " ".join(run))
            if not CALENDAR.match(name):
                found.add(name)
    return found


def _shares(name: str, known: set[str]) -> bool:
    """Whether the article names `name` or a name inside it, or names a longer one that holds it."""
    return any(f" {name} " in f" {other} " or f" {other} " in f" {name} " for other in known)
