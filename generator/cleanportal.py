"""Reference pages: an encyclopedia's entry (its tagline, hatnotes, notices, contents, references and
licence) and an authority's emergency page (its alert boxes and banner, a map's legend, hotlines and the
'Was this page helpful?' box), whatever the story.

Line rules (`generator.cleanrules` lists them among its own) and block rules (`generator.clean` calls them
in its neighbours stage): the contents under their heading, an alert box under its heading in capitals, a
map's legend, the answers under a page's feedback question. The updates an authority posts and the
entry's sections are the story. Each rule tests a cheap cue (a word, a character) before its pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from generator.cleanshapes import Line, caption_shaped, rx, words

# --- an encyclopedia's entry ------------------------------------------------------------------------

EDIT_LINK = re.compile(r"\s*\[edit(?: source)?\]$")
"""What an encyclopedia puts behind each section's heading: 'References[edit]'."""
TAGLINE = rx(r"^from (?-i:[A-Z])[\w' .-]{0,40}, the free (?:encyclopedia|encyclopaedia|dictionary)$")
"""'From Omnipedia, the free encyclopedia': the site's line under the entry's title."""
HATNOTE = rx(r"^this (?:article|page) is about\b.{0,200}\bsee\b",
             r"|^for other uses,? see\b|^not to be confused with\b",
             r"|^(?:main|further) (?:article|information)s?:",
             r"|^this (?:article|section|page) (?:documents|is about|describes) an? ",
             r"(?:current|recent|ongoing) event\b")
"""An entry's note on what it is about, or that its event is still going on."""
CITED = rx(r"^\^ (?:[a-z] ){0,26}\S.{0,400}(?:\bretrieved\b|\barchived\b|\"[^\"]{3,}\")")
"""A reference at the foot of an entry, behind its '^' back-links: '^ a b "Title". Publisher. Retrieved …'."""
LAST_EDITED = rx(r"^this page was last (?:edited|modified|updated) on\b.{0,60}$")
LICENCE = rx(r"^(?:text|content|this (?:work|article|page)) (?:is )?(?:available |licensed |released )?",
             r"under (?:the |a )?(?:creative commons|cc[- ]by)\b")
"""'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; …'."""


APPARATUS = rx(r"^(?:references|notes|citations|sources|bibliography|works cited|external links",
               r"|notes and references|footnotes)$")
"""The headings of an entry's apparatus: its references, notes and links to other sites."""


def is_apparatus_heading(heading: str) -> bool:
    """'References', 'Notes', 'External links': a section's heading (its '[edit]' link taken off) over
    the entry's apparatus, not its text."""
    return len(heading) <= 30 and APPARATUS.match(heading) is not None


def without_edit_link(line: str) -> str | None:
    """A section's heading without its '[edit]' link; None when the line has none."""
    if not line.endswith("]"):
        return None
    link = EDIT_LINK.search(line)
    return line[:link.start()] if link and link.start() > 0 else None


def is_entry_note(line: str) -> bool:
    """'From Omnipedia, the free encyclopedia', a hatnote ('This article is about … see …'), a current
    event's notice."""
    if len(line) > 400:
        return False
    lowered = line[:12].lower()
    if lowered.startswith("from "):
        return TAGLINE.match(line) is not None
    return lowered.startswith(("this ", "for other", "not to be", "main ", "further ")) \
        and HATNOTE.match(line) is not None


def is_cited_work(line: str) -> bool:
    """'^ a b "Corbett Ridge Wildfire (K41207)". BC Wildfire Service. Retrieved 14 July 2026.'."""
    return line.startswith("^ ") and CITED.match(line) is not None


def is_last_edited(line: str) -> bool:
    """'This page was last edited on 15 July 2026, at 08:12 (UTC).'."""
    return line.startswith("This page was last") and LAST_EDITED.match(line) is not None


def is_licence(line: str) -> bool:
    """A page's licence: 'Text is available under the Creative Commons … License; …'."""
    return words(line) <= 60 and "reative" in line and LICENCE.match(line) is not None


CONTENTS_HEADING = rx(r"^(?:contents|table of contents)(?:\s*\[(?:hide|show)\])?\s*:?$")
CONTENTS_ITEM = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.? \S")


def contents(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """'Contents' and the numbered sections under it ('1 Background', '2.1 Evacuation'), in its block."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i in reasons or not CONTENTS_HEADING.match(line.text):
            continue
        items = _under(lines, reasons, i, 40,
                       lambda text: CONTENTS_ITEM.match(text) is not None and caption_shaped(text))
        if len(items) >= 2:
            found.update({j: "table of contents" for j in [i, *items] if j not in reasons})
    return found


# --- an authority's emergency page --------------------------------------------------------------------

FEEDBACK = rx(r"^(?:was|is|did you find) (?:this|the) (?:page|article|information|content|answer)",
              r"(?: you were looking for)? (?:helpful|useful|clear)\??$")
"""'Was this page helpful?': the box at a page's foot, with its 'Yes' and 'No'."""
REPORT_PROBLEM = rx(r"^(?:report|flag) an? (?:problem|issue|bug|broken link) (?:with|on) this (?:page|site)",
                    r"[.!]?$")
HOTLINE = rx(r"^(?:[\w-]+ ){0,3}(?:line|help|helpline|hotline|number|phone|centre|center)\s*:\s*",
             r"\+?\d{1,3}[\s.-]?\(?\d{2,4}\)?[\s.-]\d{3}[\s.-]?\d{3,4}\b(?:\s*\([^()]{1,60}\))?\.?$")
"""'Emergency information line: 1-866-555-0143 (8 a.m. to 8 p.m. daily)': a number to call, its label
and its hours, nothing else."""
EMERGENCY_CALL = rx(r"^in (?:an|any|case of (?:an )?|the event of an) emergency,? (?:always |please )?",
                    r"(?:call|dial|phone) (?:9-?1-?1|999|112|000|111)\.?$")
"""'In an emergency, always call 9-1-1.': the page's standing advice, not the story's."""
WILL_UPDATE = rx(r"^this (?:page|article|story|post|report) will be updated\b.{0,60}$")
"""'This page will be updated as new information becomes available.'."""
VIEW_MAP = rx(r"^(?:view|open|see|explore) (?:the )?(?:interactive |full |larger |live |full-screen )?map$")
STATUS = rx(r"^(?:status|current status|incident status|fire status|alert level)\s*:\s*",
            r"(?-i:[A-Z])[\w-]*(?: [\w-]+){0,2}(?: [–—-] [^.!?]{1,60})?$")
"""An incident's status on its page: 'Status: Active – Evacuation Order in effect'."""
BANNER = re.compile(r"^[A-Z][A-Z' ]{2,40} (?:IN EFFECT|ISSUED|LIFTED|RESCINDED|EXTENDED|EXPANDED)"
                    r"\s*[–—:-]\s*\S")
"""A page's banner in capitals over an authority's page: 'EVACUATION ORDER IN EFFECT – Town of …'."""


STAY_TUNED = rx(r"^(?:stay tuned|keep it locked|stay with us)(?: to| on)? (?-i:[A-Z0-9])[\w.' ]{1,40} ",
                r"for (?:[\w-]+ ){0,2}(?:updates|news|coverage)",
                r"\b[^.!?]{0,60}[.!]?$")
"""A broadcaster's promotion of itself: 'Stay tuned to 99.1 The Lake for fire updates at the top of every
hour.'."""


def is_station_promo(line: str) -> bool:
    """'Stay tuned to <station> for updates …': a radio or television page's line about its own air."""
    return len(line) <= 160 and line[:4].lower() in ("stay", "keep") and STAY_TUNED.match(line) is not None


def is_help_line(line: str) -> bool:
    """A hotline's number with its label and hours, or the page's standing advice to call 9-1-1."""
    if len(line) > 120 or not any(c.isdigit() for c in line[-12:]) and not line.endswith((")", ".")):
        return False
    lowered = line[:20].lower()
    if lowered.startswith("in "):
        return EMERGENCY_CALL.match(line) is not None
    return ":" in line and HOTLINE.match(line) is not None


def is_page_note(line: str) -> bool:
    """'Was this page helpful?', 'Report a problem with this page', 'View interactive map', 'This page will
    be updated as new information becomes available.'."""
    if len(line) > 120:
        return False
    lowered = line[:10].lower()
    if lowered.startswith(("was ", "is ", "did ")):
        return FEEDBACK.match(line) is not None
    if lowered.startswith(("report", "flag")):
        return REPORT_PROBLEM.match(line) is not None
    if lowered.startswith("this "):
        return WILL_UPDATE.match(line) is not None
    return lowered.startswith(("view", "open", "see", "explore")) and VIEW_MAP.match(line) is not None


def is_alert_banner(line: str) -> bool:
    """'Status: Active – Evacuation Order in effect', 'EVACUATION ORDER IN EFFECT – Town of Harlan Lake.'."""
    if len(line) > 160:
        return False
    if line[:3].isupper():
        return BANNER.match(line) is not None
    return ":" in line[:20] and STATUS.match(line) is not None


ALERT_HEADING = re.compile(r"^(?:[A-Z]+ ){0,3}(?:ORDER|ALERT|WARNING|WATCH|ADVISORY|EVACUATION|NOTICE)$")
"""The heading of an alert's box, in capitals: 'EVACUATION ORDER', 'EVACUATION ALERT'."""
ALERT_LINES = 4
ALERT_WORDS = 12
LEGEND_HEADING = rx(r"^(?:map )?(?:legend|key)\s*:?$")
BRACKETED_END = re.compile(r"\s*\([^()]*\)$")
"""A legend's note in brackets: 'Black line – Fire perimeter (as of July 10, 11:00 a.m.)'."""


def alert_boxes(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """An alert's box: its heading in capitals and the short lines under it (the area, the time it was
    issued, the instruction), one of them a timestamp: the page's summary of an order the updates tell."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i in reasons or len(line.text) > 60 or not ALERT_HEADING.match(line.text):
            continue
        box = _under(lines, {}, i, ALERT_LINES, lambda text: words(text) <= ALERT_WORDS)
        if any(reasons.get(j) == "timestamp" for j in box):
            found.update({j: "alert box" for j in [i, *box] if j not in reasons})
    return found


def map_legends(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """'Map legend' and the short lines under it ('Red area – Evacuation Order'), in its block."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i in reasons or not LEGEND_HEADING.match(line.text):
            continue
        items = _under(lines, reasons, i, 10, lambda text: words(text) <= ALERT_WORDS
                       and caption_shaped(BRACKETED_END.sub("", text)))
        if items:
            found.update({j: "map legend" for j in [i, *items] if j not in reasons})
    return found


def feedback_answers(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """'Yes' and 'No' under 'Was this page helpful?' (in its block)."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if reasons.get(i) == "page interface text" and line.text.endswith("?") and FEEDBACK.match(line.text):
            answers = _under(lines, reasons, i, 3, lambda text: words(text) <= 2)
            found.update({j: "page interface text" for j in answers if j not in reasons})
    return found


def _under(lines: Sequence[Line], reasons: dict[int, str], heading: int, limit: int,
           fits: Callable[[str], bool]) -> list[int]:
    """The lines right under `heading`, in its block, that `fits` accepts (free of `reasons`, or known
    by them), up to `limit`."""
    run: list[int] = []
    for i in range(heading + 1, min(heading + 1 + limit, len(lines))):
        if lines[i].gap or i not in reasons and not fits(lines[i].text):
            break
        run.append(i)
    return run
