"""The kept lines as paragraphs: which line carries on the previous one's paragraph, and how two lines join.

A web page gives one paragraph a line; a text wrapped by hand or a newspaper's columns (an e-paper's text)
give one a block of lines, words hyphenated across their ends. A transcript puts its speaker's name on a
line of its own above the words. `generator.clean` calls `paragraphs` last, on the lines no rule removed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from generator import cleanchat as chat
from generator import cleanshapes as shapes
from generator.model import Paragraph

CONNECTORS = frozenset(
    "the a an of to in on at by for with from and or but nor that which who whom whose as is are was were be "
    "been has have had will would could should said says its their his her our than into over after before "
    "about against between during under per amid despite while when where if".split())
"""Words that never end a sentence: a line ending in one continues on the next."""
LONG_LINE = 60
"""A line at least this long, unfinished, goes on on the next line (a web page's paragraph is longer)."""
WRAPPED = 4
"""Lines carried on in lower case below them that show a text wrapped into lines of one width."""
FULL = 0.8
"""A line of a wrapped text this near its width (of the median such line) is no paragraph's last."""
HYPHENATED = 3
"""Lines ending in a hyphen before a lower-case continuation that show a page hyphenating its words."""
CELLS = 3
"""A line of this many cells (copied with runs of spaces between them) is a table's row: it joins nothing."""
CAPITAL_WORD = r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'.-]+"
SPEAKER_LABEL = re.compile(rf"^{CAPITAL_WORD}(?: {CAPITAL_WORD}){{1,4}}"
                           r"(?:, [^:]{1,80}| \([^:()]{1,80}\)[^:]{0,40})?:$")
"""A transcript's speaker on a line of their own: 'JANE DOE, ANCHOR:', 'ANA LIMA (translated from
Portuguese):'."""
COMPOUND_FIRST = frozenset("self well ex non half all vice quasi".split())
"""Words a compound starts with, which a page's hyphenation does not split off: 'well-', 'ex-', 'self-'."""
COMPOUND_SECOND = frozenset("based led owned backed old term style scale related funded linked wide".split())
"""Words a compound ends with: 'state-owned', 'Kenya-based', '18-month-old'."""
WORD = re.compile(r"[^\W\d_]+")
COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


class JoinLine(Protocol):
    """A kept line, as the cleaning stage holds it."""

    @property
    def number(self) -> int: ...

    @property
    def text(self) -> str: ...

    @property
    def shown(self) -> str: ...

    @property
    def gap(self) -> bool: ...

    @property
    def bullet(self) -> bool: ...

    @property
    def cells(self) -> tuple[str, ...]: ...


NOT_NAMES = frozenset("THE A AN OF AND OR TO IN ON AT FOR WITH WHAT WHO HOW WHY WHEN WHERE WE YOU IT IS "
                      "ARE KEY MORE READ NEXT NEW LATEST BREAKING LIVE UPDATE UPDATES NEWS NOTE FACTS "
                      "POINTS".split())
"""Capitalised words of a heading in capitals ('WHAT WE KNOW:', 'KEY POINTS:'), which name nobody."""


def is_speaker_label(text: str) -> bool:
    """'JANE DOE, ANCHOR:': a transcript's speaker, whose words follow on the next line (not a heading in
    capitals: 'WHAT WE KNOW:')."""
    if not text.endswith(":") or len(text) > 160 or SPEAKER_LABEL.match(text) is None:
        return False
    name = re.split(r"[,(]", text, maxsplit=1)[0].rstrip(": ")
    return not any(word in NOT_NAMES for word in name.split())


@dataclass(frozen=True)
class _Page:
    """What the article's kept lines say about its layout."""

    full: int | None = None
    """The length from which a line of a wrapped text is full (None: the text is not wrapped)."""
    hyphenates: bool = False
    """The page hyphenates words across its lines' ends."""
    words: frozenset[str] = field(default_factory=frozenset)
    """The article's words (lower case), to tell a word's halves from a compound's."""
    compounds: frozenset[str] = field(default_factory=frozenset)
    """The article's hyphenated compounds (lower case): 'sister-in-law', 'side-on'."""


def paragraphs(lines: Sequence[JoinLine], kept: list[int], breaks: frozenset[int] = frozenset()
               ) -> tuple[Paragraph, ...]:
    """The kept lines as paragraphs: a line continuing the previous one's sentence joins it, unless it is
    one of `breaks` (a transcript's scene changed above it)."""
    page = _page(lines, kept)
    starts: list[int] = []
    parts: list[list[JoinLine]] = []
    last = -2
    for i in kept:
        line = lines[i]
        adjacent = last == i - 1 and not line.gap
        if parts and i not in breaks and _continues(parts[-1][-1], line, adjacent, page):
            parts[-1].append(line)
        else:
            starts.append(line.number)
            parts.append([line])
        last = i
    return tuple(_paragraph(part, start, page) for start, part in zip(starts, parts, strict=True))


def _page(lines: Sequence[JoinLine], kept: list[int]) -> _Page:
    """The layout the kept lines show: lines wrapped to a width (four lines or more carried on in lower case
    below them), words hyphenated at the lines' ends (three such lines or more, one of the words spelt
    whole elsewhere in the article)."""
    pairs = [(lines[a].text, lines[b].text) for a, b in zip(kept, kept[1:], strict=False)
             if b == a + 1 and not lines[b].gap and not lines[b].bullet and lines[b].text[:1].islower()]
    wrapped = sorted(len(left) for left, _ in pairs if not shapes.ends_sentence(left))
    full = int(wrapped[len(wrapped) // 2] * FULL) if len(wrapped) >= WRAPPED else None
    splits = [(left, right) for left, right in pairs if left.endswith("-") and left[-2:-1].isalpha()]
    if not splits:
        return _Page(full)
    texts = [lines[i].text.lower() for i in kept]
    words = frozenset(w for text in texts for w in WORD.findall(text))
    compounds = frozenset(c for text in texts for c in COMPOUND.findall(text))
    attested = any("".join(_halves(left, right)) in words for left, right in splits)  # 'yesterday' elsewhere
    return _Page(full, len(splits) >= HYPHENATED and attested, words, compounds)


def _halves(left: str, right: str) -> tuple[str, str]:
    """The word before a line's final hyphen and the letters that start the next line, in lower case."""
    token = left[:-1].rsplit(" ", 1)[-1].lower()
    second = WORD.match(right)
    return token[max(token.rfind(c) for c in "-\"'([") + 1:], second.group().lower() if second else ""


def _continues(previous: JoinLine, line: JoinLine, adjacent: bool, page: _Page) -> bool:
    """Whether `line` carries on the paragraph that `previous` (a kept line) left unfinished."""
    text = previous.text
    if line.bullet or is_speaker_label(line.text) or len(line.cells) >= CELLS or len(previous.cells) >= CELLS:
        return False
    if line.text[:1] == "[" and chat.message_start(line.text) is not None:
        return False  # a chat's stamped line begins a message of its own: '[12/05/2026, 13:10] Ann: …'

    if is_speaker_label(text):
        return True  # the speaker's words, under the speaker's name
    if shapes.ends_sentence(text):
        # A wrapped paragraph's full line may end a sentence: the next one goes on in the same block.
        return adjacent and page.full is not None and len(text) >= page.full
    if line.text[0].islower():
        return True  # even across a removed line: an advertisement may cut a sentence in two
    if not adjacent:
        return False
    last_word = text.rsplit(" ", 1)[-1]
    long_line = min(LONG_LINE, page.full or LONG_LINE)
    return text[-1] in ",;-–—(/&" or last_word in CONNECTORS or len(text) >= long_line


def _paragraph(lines: list[JoinLine], start: int, page: _Page) -> Paragraph:
    texts = [line.text for line in lines]
    seams = [_seam(left, right, page) for left, right in zip(texts, texts[1:], strict=False)]
    text = _joined(texts, seams)
    shown = _joined([line.shown for line in lines], seams)  # alike: the seams look at no quotation mark
    return Paragraph(text, start, shown if shown != text and len(shown) == len(text) else None)


SPACE, GLUE, UNHYPHENATE = 0, 1, 2
"""How two lines join: with a space, without one (a compound's halves), or without the hyphen between them
(a word's halves)."""


def _seam(left: str, right: str, page: _Page, drop_cap: bool = True) -> int:
    if drop_cap and len(left) == 1 and left.isupper() and right[:1].islower():
        return GLUE  # a drop cap: 'T' above 'he first thing …'
    if not (left.endswith("-") and left[-2:-1].isalpha() and right[:1].isalpha()):
        return SPACE
    if right[0].isupper():
        return GLUE  # 'Director-' 'General', 'Bilhorod-' 'Dnistrovskyi'
    return UNHYPHENATE if _splits_word(left, right, page) else GLUE


def _splits_word(left: str, right: str, page: _Page) -> bool:
    """Whether a hyphen at the end of `left` splits a word (`yester-` `day`) rather than joining a compound
    (`well-` `known`, `18-month-` `old`): the article spells the word whole elsewhere, or the page
    hyphenates its words and nothing says the hyphen is a compound's."""
    first, second = _halves(left, right)
    token = left[:-1].rsplit(" ", 1)[-1]
    if first + second in page.words:
        return True
    if not page.hyphenates or "-" in token or any(c.isdigit() for c in token):
        return False  # '18-month-' 'old', 'sister-in-' 'law': part of a compound already
    return (f"{first}-{second}" not in page.compounds and first not in COMPOUND_FIRST
            and second not in COMPOUND_SECOND)


def _joined(texts: list[str], seams: list[int]) -> str:
    joined = texts[0]
    for text, seam in zip(texts[1:], seams, strict=True):
        if seam == UNHYPHENATE:
            joined = joined[:-1]
        joined += text if seam else " " + text
    return joined


def join_lines(texts: list[str]) -> str:
    """Lines joined as one paragraph's, knowing nothing of the page (a headline's two lines)."""
    page = _Page()
    return _joined(texts, [_seam(left, right, page, drop_cap=False)
                           for left, right in zip(texts, texts[1:], strict=False)])
