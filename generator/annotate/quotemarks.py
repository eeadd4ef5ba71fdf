"""Where quotations are in a paragraph, and where its sentences end, from the quote marks alone.

Double quotes may be curly (“ ” „), straight (") or guillemets (« », and the » « of Danish and German
copy); a straight one or a guillemet opens or closes by what is around it. Single quotes (‘ ’ ') are
quotation marks only in a balanced pair that is not an apostrophe ('we won't', "the Palestinians'
rights", '90s). Copy-pasted news text leaves quotes unbalanced:
a closing mark with no opening one quotes from the paragraph's start (the quote began before it); an
opening mark never closed quotes to the paragraph's end (the quote goes on in the next paragraph).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

OPENERS = "“„‟"
CLOSERS = "”"
STRAIGHT = '"'
GUILLEMETS = "«»"
BEFORE_OPEN = " \t\n([{—–-/:;"
AFTER_CLOSE = " \t\n.,;:!?)]}—–-/"
SINGLE = re.compile(
    r"['‘](?<![\w'’‘]['‘])(?=[^\W\d_])"                        # an opening single quote before a word
    r"((?:[^'‘’\"“”\n]|(?<=\w)['’](?=\w)){2,300}?(?<=[\w.,!?]))"  # apostrophes only inside words
    r"['’](?!\w)")
"""A single-quoted passage; it may hold apostrophes inside words but no other quote mark."""
BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"“‘'(]?[A-Z0-9])")
ABBREVIATIONS = frozenset("""
mr mrs ms dr st gen lt col sgt capt cmdr gov sen rep jr sr prof no vs etc inc ltd co corp dept est
jan feb aug sept oct nov dec mt ft
""".split())
"""Words written with a full stop that does not end the sentence ('Gen. Halevi')."""


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation in a paragraph: the quoted words and the marks around them."""

    start: int
    """First character of the quoted words."""
    end: int
    """After the last quoted character (a comma before the closing mark is left out)."""
    left: int
    """Position of the opening mark (`start` when the quote opened before the paragraph)."""
    right: int
    """After the closing mark (the paragraph's length when the quote is not closed in it)."""
    opened_before: bool = False
    closed: bool = True


def find_spans(text: str) -> list[QuoteSpan]:
    """Every quotation in `text`, double-quoted first, then single-quoted ones outside them, in order."""
    doubles = _double_spans(text)
    singles = [s for s in _single_spans(text) if not _inside(s.left, doubles)]
    return sorted(doubles + singles, key=lambda s: s.left)


def _inside(at: int, spans: list[QuoteSpan]) -> bool:
    """Whether `at` is within the marks of one of `spans` (in order, not overlapping: found by bisection,
    as a long paragraph may have many)."""
    i = bisect.bisect_right(spans, at, key=lambda s: s.left) - 1
    return i >= 0 and spans[i].left <= at < spans[i].right


def _spaced(text: str, i: int) -> bool:
    """Whether the mark at `i` has a space (or the text's edge) on both sides."""
    return (i == 0 or text[i - 1].isspace()) and (i + 1 == len(text) or text[i + 1].isspace())


def _role(text: str, i: int) -> str:
    """'open', 'close' or 'either' for the quote mark at `i`."""
    mark = text[i]
    if mark in OPENERS:
        return "open"
    if mark in CLOSERS:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in BEFORE_OPEN or before in OPENERS
    closes = after in AFTER_CLOSE and not before.isspace()
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _double_spans(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    opened: int | None = None
    for match in re.finditer(r"[\"“”„‟«»]", text):
        if match.group() in GUILLEMETS and _spaced(text, match.start()):
            continue  # 'Home » News': a separator (French copy's spaced '« … »' is not read)
        i, role = match.start(), _role(text, match.start())
        if opened is None:
            if role == "close" and not spans:
                spans.append(_span(text, 0, i, 0, i + 1, opened_before=True))
            elif role != "close":
                opened = i
        elif role != "open":
            spans.append(_span(text, opened + 1, i, opened, i + 1))
            opened = None
        else:  # a new quote opens before the last one closed: the last one ends here
            spans.append(_span(text, opened + 1, i, opened, i, closed=False))
            opened = i
    if opened is not None:
        spans.append(_span(text, opened + 1, len(text), opened, len(text), closed=False))
    return [s for s in spans if any(c.isalnum() for c in text[s.start:s.end])]


def _single_spans(text: str) -> list[QuoteSpan]:
    return [_span(text, m.start(1), m.end(1), m.start(), m.end()) for m in SINGLE.finditer(text)]


def _span(text: str, start: int, end: int, left: int, right: int, opened_before: bool = False,
          closed: bool = True) -> QuoteSpan:
    """A span with the spaces at its edges and a trailing comma (the sentence's, not the quote's) cut."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return QuoteSpan(start, end, left, right, opened_before, closed)


def sentence_bounds(text: str, spans: list[QuoteSpan]) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a full stop inside a quotation that goes on does not end one."""
    bounds: list[tuple[int, int]] = []
    lefts = [s.left for s in spans]
    start = 0
    for match in BOUNDARY.finditer(text):
        cut = match.end()
        i = bisect.bisect_left(lefts, cut) - 1  # the last quotation opening before the cut
        if i >= 0 and cut < spans[i].right or _abbreviation(text, match.start()):
            continue
        bounds.append((start, cut))
        start = cut
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` ends an abbreviation or an initial ('U.S.', 'J.', 'Gen.')."""
    begin = dot
    while begin > 0 and dot - begin < 20 and (text[begin - 1].isalnum() or text[begin - 1] == "."):
        begin -= 1
    token = text[begin:dot]
    return len(token) == 1 and token.isupper() or "." in token or token.casefold() in ABBREVIATIONS


def masked(text: str, spans: list[QuoteSpan]) -> str:
    """`text` with every quotation, marks included, blanked out: what remains is the reporter's words."""
    chars = list(text)
    for span in spans:
        for i in range(span.left, span.right):
            chars[i] = "\x00"
    return "".join(chars)
