"""Pages of other kinds than a news site's article: what a broadcaster's video page, a news aggregator, a
browser's print view, a newspaper's e-paper, a web archive's copy and an aid group's report put around the
story, whatever the story.

Line rules (`generator.cleanrules` lists them among its own): a player's and a reading tool's controls, a
print view's running lines, an e-paper's page heads, teasers and jumps, an aggregator's link to the source
and its disclaimer, a web archive's address line, a map's alt text and disclaimer. Block rules
(`generator.clean` calls them in its neighbours stage, like `generator.cleanblocks`): a web archive's
toolbar above the page, the section label under an e-paper's page head, a browser's print header beside its
footer, an advertisement printed among the columns, an aggregator's cards, a pull quote that repeats the
story's words. Each rule tests a cheap cue (a word, a character) before its pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from generator.cleanshapes import DATE, REPORTING, WEEKDAY, Line, caption_shaped, ends_sentence, rx, words

RECORD_RULES: tuple[tuple[str, Callable[[str], bool]], ...] = ()
"""Line rules for the kinds of page this module knows, as (reason, test), tried after the general rules of
`generator.cleanrules` (which appends them to its RULES)."""
RECORD_LONG_KINDS: frozenset[str] = frozenset()
"""The reasons of RECORD_RULES that a line longer than `cleanshapes.SHORT` may have."""

# --- a video player and a reading tool ------------------------------------------------------------

PLAYER_NOTE = rx(r"^(?:watch|listen to|see|play|hear) (?:the |our |this )?",
                 r"(?:full |whole |complete |extended |latest )?(?:report|video|interview|broadcast|bulletin",
                 r"|clip|segment|programme|program|episode|package)",
                 r"(?: in the (?:video |audio )?player(?: above| below)?| above| below)[.!]?$")
"""'Watch the full report in the player above.': the page pointing at its player."""
SPEED = rx(r"^(?:(?:playback |reading |audio )?speed\s*:?\s*)?\d(?:[.,]\d{1,2})?\s?[x×]$")
"""A player's speed control: 'Speed 1x', '1.5x'."""
VOICE = rx(r"^(?:voice|narrator|read by)\s*:\s*(?-i:[A-Z][\w'-]*)(?: (?-i:[A-Z][\w'-]*))?\s*\([^()]{2,40}\)$")
"""A text-to-speech tool's voice: 'Voice: Amani (English, Kenya)'."""
POWERED_BY = rx(r"^(?:audio |text-to-speech |voice |player |listening )?(?:is )?powered by ",
                r"(?-i:[A-Z])[\w.-]*(?: (?-i:[A-Z])[\w.-]*){0,2}\.?$")
"""The tool's maker under it: 'Powered by SautiReader' (a name, alone on its line)."""


def is_player_control(line: str) -> bool:
    """'Watch the full report in the player above.', 'Speed 1x', 'Voice: Amani (English, Kenya)', 'Powered
    by SautiReader': a video player's or a text-to-speech tool's controls and notes."""
    if len(line) > 100:
        return False
    lowered = line.lower()
    if "above" in lowered or "below" in lowered or "player" in lowered:
        return PLAYER_NOTE.match(line) is not None
    if line[-1:] in "xX×":
        return SPEED.match(line) is not None
    if "(" in line and ":" in line:
        return VOICE.match(line) is not None
    return "powered by" in lowered and POWERED_BY.match(line) is not None


# --- a browser's print view, an e-paper's pages -----------------------------------------------------

PRINT_FOOTER = re.compile(r"^(?:https?://|www\.)\S+\s+\d{1,3}/\d{1,3}$")
"""What a browser prints at the foot of each page: the page's address and 'page/pages' ('https://… 1/2')."""
PRINTED_FROM = rx(r"^printed (?:from|on|via|at) (?:https?://)?[\w-]+(?:\.[\w-]+)+\S*(?: (?:on|at) .{1,40})?$")
"""A print view's note: 'Printed from example.org on 10/03/2026, 17:26'."""
PRINT_HEADER = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?: ?[AaPp][Mm])?\s+\S")
"""What a browser prints at the head of each page: the date and time, then the page's title."""
CELLS = re.compile(r"\s+[|·•]\s+")
PAGE_CELL = rx(r"^(?:page|p\.|pg\.?|seite|página|pagina|strona)\s*[a-z]?\d{1,3}$")
ISSUE_CELL = rx(r"^(?:no\.?|vol\.?|volume|issue|edition|number)\s*#?\d[\d,.]*$")
PRICE_CELL = rx(r"^(?:(?:ksh|kes|sh|ush|tsh|r|n|€|£|\$|usd|eur|gbp|zł|kč)\s?\d[\d.,]*",
                r"|\d[\d.,]*\s?(?:€|£|zł|kč|ksh))$")
DAY_CELL = rx(rf"^(?:{WEEKDAY},?\s+)?{DATE}$")
EDITION_CELL = rx(r"^(?:e-?paper|e-?edition|digital edition|print edition|today'?s paper)$")
CAPITALS = r"(?-i:[A-Z][A-Z'&.-]*(?: [A-Z][A-Z'&.-]*){0,5})"
RUNNING_HEAD = rx(rf"^(?:\d{{1,3}} {CAPITALS},? (?:{WEEKDAY},? )?{DATE}",
                  rf"|{CAPITALS},? (?:{WEEKDAY},? )?{DATE} \d{{1,3}})$")
"""A newspaper page's running head: the page number, the paper's name in capitals and the date ('4 THE
EXAMPLE HERALD, Thursday, March 12, 2026', 'THE NATION, Thursday, March 12, 2026 7')."""
TEASER = re.compile(r"^[A-Z]{3,}(?: [A-Z]{2,}){0,2}:\s.{3,150}\s(?:PAGE|Page|P\.|Pg\.?|p\.)\s?\d{1,3}$")
"""A front page's pointer to another story inside: 'INSIDE: Budget ceiling set PAGE 12'."""
JUMP = rx(r"^\(?(?:(?:story |article )?(?:continued|continues|cont'?d\.?|cont\.) (?:on|from|to) ",
          r"|(?:turn|go) to |see |from )(?:page|p\.|pg\.?) ?[a-z]?\d{1,3}[a-z]?\)?[.:]?$")
"""Where a story goes on or comes from in a newspaper: 'Continued on Page 4', 'From Page 1'."""
EDITION_PROMO = rx(r"\bread (?:the|today'?s|this|our) (?:full |whole |complete |digital |print |e-?paper )*",
                   r"(?:edition|e-?paper|newspaper|paper)\b")
"""'Read the full edition on our app': the e-paper's advertisement for itself."""


def is_print_line(line: str) -> bool:
    """A browser's print footer ('https://example.org/… 1/2'), a print view's note ('Printed from
    example.org on …'), an e-paper's page head ('ePaper | The Example Herald | Thursday, 12 March 2026 |
    Page 4', 'Thursday, March 12, 2026 | No. 22,418 | KSh 80') or running head ('4 THE EXAMPLE HERALD,
    Thursday, March 12, 2026')."""
    if len(line) > 400:
        return False
    if line[-1:].isdigit() and "/" in line[-8:] and PRINT_FOOTER.match(line):
        return True
    if line[:1] in "Pp" and PRINTED_FROM.match(line):
        return True
    if "|" in line or "·" in line or "•" in line:
        return _page_head(CELLS.split(line))
    numbered = line[:1].isdigit() or line[-1:].isdigit()
    return numbered and len(line) <= 120 and RUNNING_HEAD.match(line) is not None


def _page_head(cells: list[str]) -> bool:
    """The cells of a page head: a date, and the page, the issue's number or its price; no sentence."""
    if len(cells) < 2 or any(words(cell) > 6 or ends_sentence(cell) for cell in cells):
        return False
    dated = any(DAY_CELL.match(cell) for cell in cells)
    marked = any(PAGE_CELL.match(cell) or ISSUE_CELL.match(cell) or PRICE_CELL.match(cell)
                 or EDITION_CELL.match(cell) for cell in cells)
    return dated and marked


def is_jump(line: str) -> bool:
    """'Continued on Page 4', 'From Page 1', '(Continued from page 1)': where the story goes on."""
    if len(line) > 40 or words(line) > 6:
        return False
    lowered = line.lower()
    return ("page" in lowered or "p." in lowered or "pg" in lowered) and JUMP.match(line) is not None


def is_edition_promo(line: str) -> bool:
    """'INSIDE: Budget ceiling set PAGE 12', 'Read the full edition on our app': a front page's teaser, the
    e-paper's advertisement for itself."""
    if len(line) > 200:
        return False
    if line[-1:].isdigit() and TEASER.match(line):
        return True
    if words(line) > 20 or not ("dition" in line or "aper" in line or "DITION" in line or "APER" in line):
        return False
    lowered = line.lower()
    return ("edition" in lowered or "paper" in lowered) and EDITION_PROMO.search(line) is not None \
        and REPORTING.search(line) is None


# --- an aggregator, a web archive, a report's map --------------------------------------------------

DOMAIN = r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?"
OPEN_AT = rx(r"^(?:open|read|view|visit|continue reading",
             r"|read (?:the )?(?:full|whole|original) (?:story|article))",
             rf"(?: it| this| more| (?:the )?(?:story|article))? (?:at|on) {DOMAIN}$")
"""An aggregator's link to the story on its source: 'Open at example.org'."""
AGGREGATED = rx(r"\b(?:displays?|shows?|presents?|republishes|carries) this ",
                r"(?:story|article|content|report) ",
                r"(?:as (?:it was )?(?:published|provided|written)|exactly as)\b",
                r"|\bdid not write or edit (?:it|this)\b")
"""An aggregator's disclaimer: 'X displays this story as published by the source. X did not write or edit
it.'."""
AGGREGATED_CUES = ("publish", "provided", "written", "exactly as")
ARCHIVED = rx(r"web\.archive\.org/web/\d|^the wayback machine\b")
"""A web archive's line above the copy: 'The Wayback Machine - https://web.archive.org/web/2026…/…'."""
ALT_TEXT = rx(r"^(?:image|photo|picture|graphic|figure)\s*:\s*(?:a |an |the )?",
              r"(?:map|logo|chart|graph|diagram|infographic|screenshot|photograph|illustration)",
              r" (?:of|showing|with|for)\b")
"""A picture's description where the picture was: 'Image: Map of the lake showing …'."""
MAP_NOTE = rx(r"\b(?:boundaries|designations?|names shown)\b.{0,160}\bdo(?:es)? not imply ",
              r"(?:(?:any )?official )?(?:endorsement|acceptance|the expression of any opinion)\b")
"""The disclaimer under a report's map: 'The boundaries and names shown … do not imply official
endorsement …'."""


def is_source_link(line: str) -> bool:
    """'Open at example.org': an aggregator's link to the story's source."""
    return len(line) <= 160 and "." in line and OPEN_AT.match(line) is not None


def is_page_notice(line: str) -> bool:
    """An aggregator's disclaimer, or the disclaimer under a report's map."""
    if words(line) > 60:
        return False
    lowered = line.lower()
    if "this" in lowered and any(cue in lowered for cue in AGGREGATED_CUES) or "write or edit" in lowered:
        if AGGREGATED.search(line):
            return True
    return "not imply" in lowered and MAP_NOTE.search(line) is not None


def is_archive_line(line: str) -> bool:
    """'The Wayback Machine - https://web.archive.org/web/…': the archive's line above its copy."""
    return len(line) <= 400 and ("archive" in line or "Wayback" in line) and ARCHIVED.search(line) is not None


def is_alt_text(line: str) -> bool:
    """'Image: Map of Lake X showing …', 'Image: Logo of the County Government': a picture's description."""
    return ":" in line[:12] and words(line) <= 40 and ALT_TEXT.match(line) is not None


# --- blocks -----------------------------------------------------------------------------------------

TOOLBAR_TOP = 5
"""Lines from the top within which a web archive's line starts its toolbar."""
TOOLBAR_REACH = 40
TOOLBAR_END = rx(r"^(?:timestamps|about this capture|collected by|organi[sz]ation: .{1,60}",
                 r"|these crawls are part of .{1,160}|\d[\d,]* captures?|(?:success|fail)"
                 r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}",
                 r" - \d{1,2} \w+ \d{4})$")
"""The lines of a web archive's toolbar: its captures, their dates, what collected them."""


def archive_toolbar(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Under a web archive's line at the top ('The Wayback Machine - https://web.archive.org/…'), every line
    down to the last of its toolbar's own ('4 captures', 'About this capture', 'TIMESTAMPS'): the copied
    address, the calendar's months and years, its buttons."""
    start = next((i for i in range(min(TOOLBAR_TOP, len(lines))) if reasons.get(i) == "web archive banner"),
                 None)
    if start is None:
        return {}
    last = max((i for i in range(start, min(start + TOOLBAR_REACH, len(lines)))
                if TOOLBAR_END.match(lines[i].text)), default=start)
    # The range of its captures' dates is no timestamp of the article's.
    return {i: "web archive banner" for i in range(start + 1, last + 1)
            if (i not in reasons or reasons[i] == "timestamp")
            and (caption_shaped(lines[i].text) or TOOLBAR_END.match(lines[i].text))}


PAGE_LABEL_WORDS = 3


def page_heads(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Right under an e-paper's page head, the page's section in capitals ('NEWS'); under a browser's print
    footer, the print header of the next page ('10/03/2026, 17:26 Title | Site')."""
    found: dict[int, str] = {}
    for i in (i for i, reason in reasons.items() if reason == "page header or footer"):
        j = i + 1
        while j < len(lines) and not lines[j].gap:
            text = lines[j].text
            head_above = reasons.get(j - 1, found.get(j - 1)) == "page header or footer"
            if j not in reasons and head_above and words(text) <= PAGE_LABEL_WORDS and text.isupper() \
                    and caption_shaped(text):
                found[j] = "page header or footer"
            elif j not in reasons and PRINT_HEADER.match(text) and caption_shaped(text) \
                    and PRINT_FOOTER.match(lines[i].text):
                found[j] = "page header or footer"
            elif j not in reasons:
                break
            j += 1
    return found


AD_CUES = rx(r"\bt ?& ?cs? apply\b|\bterms (?:and|&) conditions apply\b|\bdial \*\d+#",
             r"|\b(?:is|are) (?:authori[sz]ed and )?regulated by the\b|\bmember fdic\b|\bcapital at risk\b")
"""An advertisement's small print: 'T&Cs apply', 'Dial *483# to start', 'X is regulated by the Central
Bank'."""
AD_CUE_WORDS = ("apply", "dial", "regulated", "fdic", "at risk")
AD_BLOCK = 8
AD_WORDS = 20


def advertisement_blocks(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """A block of short lines (between blank lines) with two lines of an advertisement's small print or more
    ('Dial *483# to start. T&Cs apply.', 'X Bank is regulated by the Central Bank of Kenya.'): the whole
    block is the advertisement, its name and slogan with it. A block that goes on a line in lower case (a
    column of text), lists items or reports what someone said is the story's."""
    found: dict[int, str] = {}
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and not lines[end].gap:
            continue
        block = [i for i in range(start, end) if i not in reasons]
        start = end
        if 2 <= len(block) <= AD_BLOCK and sum(_ad_cue(lines[i].text) for i in block) >= 2 \
                and all(_ad_line(lines[i]) for i in block):
            found.update(dict.fromkeys(block, "advertisement"))
    return found


def _ad_cue(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in AD_CUE_WORDS) and AD_CUES.search(text) is not None


def _ad_line(line: Line) -> bool:
    """A line an advertisement's block may have: short, no list's item, not a column's line in lower case,
    nobody's words reported."""
    text = line.text
    return (words(text) <= AD_WORDS and line.raw == text and not text[:1].islower()
            and REPORTING.search(text) is None)


AGE = rx(r"^(?:\d{1,3}\s?(?:s|m|h|d|w|mins?|hrs?|(?:second|minute|hour|day|week|month)s?) ago|\d{1,3}[smhdw]",
         r"|yesterday|today|just now|an? (?:minute|hour|day|week) ago)$")
CARD_SOURCE = re.compile(r"^[A-Z0-9][\w'&.-]*(?: [\w'&.-]+){0,5}$")


def is_card_stamp(text: str) -> bool:
    """'Example TV · Yesterday', 'The Herald · Opinion · 9 hours ago': a news card's source and age."""
    if "·" not in text or len(text) > 100:
        return False
    cells = CELLS.split(text)
    return len(cells) >= 2 and AGE.match(cells[-1]) is not None \
        and all(CARD_SOURCE.match(cell) for cell in cells[:-1])


CARDS = 2
CARD_HEADLINE = 4
"""Fewest words of a card's headline (a reader's short comment under a name and an age is no headline)."""


def card_runs(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Two news cards or more in a row (no blank line between): a source and age line ('Example TV ·
    Yesterday') then a headline, as an aggregator lists other outlets' stories."""
    found: dict[int, str] = {}
    if not any("·" in line.text for line in lines):
        return found  # no card's stamp: a plain look is quicker than the walk
    i = 0
    while i < len(lines):
        run: list[int] = []
        j = i
        while _card(lines, reasons, j) and (not run or not lines[j].gap):
            run += [j, j + 1]
            j += 2
        if len(run) >= 2 * CARDS:
            found.update(dict.fromkeys(run, "cross-promotion link"))
        i = max(j, i + 1)
    return found


def _card(lines: Sequence[Line], reasons: dict[int, str], i: int) -> bool:
    """A card at line `i`: its stamp, and a headline right under it."""
    return (i + 1 < len(lines) and i not in reasons and i + 1 not in reasons and not lines[i + 1].gap
            and is_card_stamp(lines[i].text) and _card_headline(lines[i + 1].text))


def _card_headline(text: str) -> bool:
    return words(text) >= CARD_HEADLINE and text[:1].isupper() and caption_shaped(text)


QUOTATION = re.compile(r'^"([^"]{10,400})"$')
PULL_WORDS = 4


def pull_quotes(lines: Sequence[Line], reasons: dict[int, str], top: int | None) -> dict[int, str]:
    """A line that is one quotation of words the story says in a longer line of its own: a magazine's pull
    quote, set again in large type. (Not the line right under the headline: a quotation there is the
    dek.)"""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if line.text[:1] != '"' or i in reasons or top is not None and i <= top + 1:
            continue
        quoted = QUOTATION.match(line.text)
        core = quoted.group(1).rstrip(".,;:!?… ") if quoted else ""
        if words(core) < PULL_WORDS:
            continue
        if any(j != i and j not in reasons and len(other.text) > len(line.text) and core in other.text
               for j, other in enumerate(lines)):
            found[i] = "pull quote"
    return found
