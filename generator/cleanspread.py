"""Short lines that touch the page's furniture: furniture too, whatever their words.

The line rules know the words of the pages they were written for; a kind of page nobody wrote rules for
('🕯 Light a candle', 'Add to calendar', 'Watch livestream', 'Load more entries') shows them its own.
Its buttons and labels stand in runs with the lines the rules do know: a share button, a date stamp, an
address, a menu. So a short line that is no sentence, right above or below a removed line (no blank line
between), is the page's too, and so is the next such line beside it: the run spreads until a sentence,
a blank line or the header stops it.

Not spread to:
- a line that reads as a subheading: the story's sentence comes right after it, or after a time stamp;
- a line that goes on on the next line ('FERRY: Owner says' over 'boat was fit to sail', 'Director-'),
  or that holds the end of a sentence;
- words in lower case (an automatic transcript's, between its time stamps);
- a value with no word ('90+2'', '1 – 2'), a form's field with its value ('Persons caught: 23'), a list's
  item, a table's row, a speaker's label, a quotation;
- the header (headline, dek, byline), which the caller leaves out.

Nor from the copyright line (the story's last short lines may stand right above it) or an account's
handle (a story's 'Follow the council' above '@rivertoncouncil').
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Protocol

from generator.cleanjoin import is_speaker_label
from generator.cleanshapes import ends_sentence, is_quotation, words

SHORT_WORDS = 5
"""Words of the longest line that spreads: a button's or a label's, not a sentence's."""
PROSE_WORDS = 8
"""Words of the shortest line that counts as a sentence of the story under a subheading."""
LOOK_PAST = 3
"""Removed lines looked past for the sentence under a subheading ('Questions (continued)', '14:31', …)."""
FIELD = re.compile(r"^[^:]{1,40}:\s*\S*\d")
"""A form's field with its value: 'Persons caught: 23', 'Call received: 11:49'."""
LOWER_WORDS = re.compile(r"^[a-z][^\s_@]*(?: [^\s_@]+){2,}$")
"""Three words or more in lower case: an automatic transcript's between its time stamps ('szolnok friday
afternoon', 'about 480 kilometers of river'), not a user's handle ('powderhound_88') or a label ('level
3')."""
UNFINISHED = re.compile(r"[-,;:–—]$|[.!?] \S")
"""A line that goes on below it ('Search opera-', 'Director-') or holds the end of a sentence: the story's
text, broken by the copy."""
WORD = re.compile(r"[^\W\d_]{2}")
"""A word of two letters: a line without one is a value ('90+2'', '1 – 2'), which a label names."""
NOT_INTERFACE = frozenset(("copyright notice",))
BUTTONS = frozenset(("social-media prompt", "page interface text"))
"""Reasons of lines that are buttons."""
REASON = "page interface text"


class Line(Protocol):
    text: str
    gap: bool
    cells: tuple[str, ...]

    @property
    def bullet(self) -> bool: ...


def interface_neighbours(lines: Sequence[Line], reasons: dict[int, str], header: Collection[int]
                         ) -> dict[int, str]:
    """The short lines that touch a removed line, and those that touch them, in one pass each way."""
    found: dict[int, str] = {}
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        for i in order:
            if i in reasons or i in found or i in header:
                continue
            if _touches_removed(lines, reasons, found, i) and _spreads_to(lines, reasons, found, i):
                found[i] = REASON
    return found


def _touches_removed(lines: Sequence[Line], reasons: dict[int, str], found: dict[int, str], i: int) -> bool:
    above = i > 0 and not lines[i].gap and _spreads_from(lines[i - 1], reasons, found, i - 1)
    below = i + 1 < len(lines) and not lines[i + 1].gap and _spreads_from(lines[i + 1], reasons, found, i + 1)
    return above or below


def _spreads_from(line: Line, reasons: dict[int, str], found: dict[int, str], i: int) -> bool:
    """Whether a line is removed as the page's interface: not the copyright line under a story's last
    lines, nor an account's handle under a story's line that names it ('Follow the council')."""
    if i in found:
        return True
    return i in reasons and reasons[i] not in NOT_INTERFACE and not line.text.startswith("@")


def _spreads_to(lines: Sequence[Line], reasons: dict[int, str], found: dict[int, str], i: int) -> bool:
    line = lines[i]
    text = line.text
    if (words(text) > SHORT_WORDS or ends_sentence(text) or UNFINISHED.search(text) or not WORD.search(text)
            or LOWER_WORDS.match(text) or line.bullet or len(line.cells) > 1
            or FIELD.match(text) or is_speaker_label(text) or is_quotation(text)):
        return False
    return not _heads_or_goes_on(lines, reasons, found, i)


def _heads_or_goes_on(lines: Sequence[Line], reasons: dict[int, str], found: dict[int, str], i: int) -> bool:
    """Whether the line heads a sentence of the story (the next kept line, past removed ones such as a
    time stamp, is one) or goes on on the next line ('FERRY: Owner says' above 'boat was fit to sail': a
    headline in two lines)."""
    after = i + 1
    if after < len(lines) and after not in reasons and after not in found and not lines[after].gap \
            and lines[after].text[:1].islower():
        return True
    while after < len(lines) and after in reasons and after - i <= LOOK_PAST:
        if reasons[after] in BUTTONS:
            return False  # a row of buttons under it, not the story: 'Share this obituary' over 'Facebook'
        after += 1
    if after >= len(lines) or after in reasons or after in found:
        return False
    text = lines[after].text
    return words(text) >= PROSE_WORDS and ends_sentence(text)
