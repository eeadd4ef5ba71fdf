"""Stage 3, clean: the article's own words, in order, and every other line with the reason it went.

The raw text is what a copy-paste from a news page carries: the headline, a dek, a byline, then the
story interleaved with photo captions and credits, gallery counters, share prompts, "Read …" links to
other stories, comment policies and stray characters. Cleaning sorts every non-blank line into one of
three heaps, so that nothing is silently dropped:

- `header`: the headline (with a date written in front of it split off as the dateline), the dek and
  the byline, shown above the article;
- `paragraphs`: the story, one paragraph per line (or per run of lines when a paragraph is wrapped);
- `removed`: everything else, each line with a short reason a reader understands.

The stages, in order (each sees what the previous ones decided):

1. `normalise`: one spelling for the same text (line ends, spaces, quotes, Unicode composition);
2. line rules (`generator.cleanrules`, `generator.cleansite`, `generator.cleancredits`,
   `generator.cleanpages`, `generator.cleansocial`, `generator.cleanportal`, `generator.cleanmail`,
   `generator.cleanrecord`, `generator.cleanlive`, `generator.cleanletter`, `generator.cleangallery`,
   `generator.cleanchat`): what a line *is*, taken alone — a credit, a prompt, a counter, a cookie banner,
   a player's control, an e-paper's page head, a channel's views, an encyclopedia's hatnote, a hotline, a
   mail's headers, a record's procedure, a match's scorers, a letter's seal, a picture's number, a chat's
   system line…, or a site's label given in
   two languages ('Publicidad / Advertisement'); a row of a menu copied with its cells' gaps; then, on a
   gallery page whose captions say more than its other lines, the captions given back to the story
   (`generator.cleangallery`);
3. repeats: a line seen before is removed, and a short line repeated next to itself is a caption;
4. neighbours: the lines above a credit and below a gallery counter are captions, the lines under
   a 'Most read' heading are links, those under a 'Topics' heading tags, and a network's name among
   share buttons is one; blocks known by their heading (`generator.cleanblocks`): a summary box, a
   press release's closing sections and notes to editors, a PDF's page header and footer, a show's
   chapters, a sponsor's box, a journal's references, a blog's comment section, a newsletter's digest;
   and (`generator.cleanpages`) a web archive's toolbar, an e-paper's section label and advertisement,
   a print view's header, an aggregator's cards, a site's menu at the top, a petition's and a donation's
   box, a pull quote; (`generator.cleanrecord`) a parliament's record's title; (`generator.cleanportal`) an
   encyclopedia's contents, an alert's box, a map's legend, a feedback box's answers; (`generator.
   cleansocial`) a row of a page's tabs, a post's author on a group's page; (`generator.cleanlive`) a
   match centre's score box, statistics and league table; (`generator.cleanletter`) a letter's signature
   block and the list of those who receive a copy; (`generator.cleangallery`) a picture's fields; a
   wrapped caption's first lines;
5. header (`generator.cleanheader`): headline, dateline, dek and byline at the top (and the author's
   title under the byline, the section the article is filed under; a headline or a dek a newspaper's
   page sets on two lines, or a document's on three); every line above a headline the contributor named;
6. after the story (`generator.cleanblocks`): the box about the author, the page's footer; (`generator.
   cleanpages`) the next article that a page loading more as the reader scrolls copied under the story;
7. paragraphs (`generator.cleanjoin`): the rest, joining a line to the previous one when it continues
   its paragraph (a text wrapped into columns, a transcript's speaker above the words, a drop cap), and
   the halves of a word a page hyphenated across two lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import NamedTuple

from generator import cleanblocks as blocks
from generator import cleanchat as chat
from generator import cleancredits as credits
from generator import cleangallery as gallery
from generator import cleanheader
from generator import cleanjoin as joins
from generator import cleanletter as letter
from generator import cleanlive as live
from generator import cleanpages as pages
from generator import cleanportal as portal
from generator import cleanrecord as record
from generator import cleanrules as rules
from generator import cleanshapes as shapes
from generator import cleansite as site
from generator import cleansocial as social
from generator import cleanspread as spread
from generator.model import CleanText, HeaderLine, HeaderRole, Paragraph, RemovedLine

# Quotes: curly quotes become straight ones. The map is exact and needs no context, so the same text
# typed with either kind of quote cleans to the same characters, and `normalise` is idempotent. The
# other direction (guessing “ or ” for each ") needs context and guesses wrong on elisions ('90s,
# 'em), on quotes after digits or brackets and on the unbalanced quotes that copy-paste leaves (a
# closing quote with no opening one), inventing characters the outlet never wrote. The page shows the
# quotes the outlet typed: each paragraph keeps them in `Paragraph.shown` (one character for one, so
# the analysis' offsets hold for both).
QUOTES = {"“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'"}
SPACES = "\t\v\f\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009" \
         "\u200a\u2028\u2029\u202f\u205f\u3000"
"""Tabs, non-breaking and typographic spaces, and line separators other than LF (editors do not count
them as line ends, so neither do we: the line numbers stay those of the raw file)."""
INVISIBLE = "\ufeff\u200b\u2060\u00ad"
"""Byte-order mark, zero-width space, word joiner, soft hyphen: no visible text."""
CONTROLS = "".join(chr(c) for c in [*range(0x00, 0x09), *range(0x0e, 0x1c), 0x7f, *range(0x80, 0x85),
                                     *range(0x86, 0xa0)])
TAB = "  "
"""A tab: two spaces, as a run of spaces marks a cell (CELL_GAP) where a copied table or infobox had one."""
REPLACE = {**QUOTES, **dict.fromkeys(SPACES + CONTROLS, " "), "\t": TAB, **dict.fromkeys(INVISIBLE, "")}
ODD = re.compile("[" + re.escape("".join(REPLACE)) + "]")
"""The characters `normalise` replaces (found by one regex scan: far faster than `str.translate`)."""
ODD_BUT_QUOTES = re.compile("[" + re.escape("".join(c for c in REPLACE if c not in QUOTES)) + "]")
NON_BLANK = re.compile(r"\S[^\n]*")
CELL_GAP = re.compile(r" {2,}")
"""Where a copied row of cells (a menu, a table, an infobox) puts its gaps: a tab is two spaces by then
(TAB)."""
_MARKER = (r"\[(?:\d{1,3}|[a-z]|note \d{1,3}|nb \d{1,3}|edit|citation needed|clarification needed|"
           r"better source needed|verification needed|failed verification|dubious(?: . discuss)?|"
           r"according to whom\?|by whom\?|who\?|when\?|which\?|where\?|update|page needed)\]")
CITATION_MARKERS = re.compile(rf"(?<=[^\s\[\]]){_MARKER}(?:{_MARKER})*")
"""Markers an encyclopedia glues to the word before ('[8]', '[5][9]', '[citation needed]', '[edit]')."""
FOOTNOTE_MARKS = re.compile(r"(?<=[.,;:!?\"'’”)\]])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
"""A footnote's number in superscript after punctuation ('"It was not voluntary."³'): not after a letter
or a digit, where it is a power or an isotope ('m²', '²³⁸U')."""
STAGE_DIRECTIONS = re.compile(r"(?<=\S) \[(?i:interruptions?|laughter|applause|crosstalk|inaudible|cheers"
                              r"|cheering|noise|uproar|heckling|shouting)\.?\](?= \S)")
"""A transcript's or a record's note inside a speech ('… no tap water. [Interruption.] Yes, …'): not words
anyone said, and a break in the sentence's words that another outlet quotes whole."""

KNOWN_TOP = 40
"""How many non-blank lines from the top a header line the contributor named is looked for in: a page
may put its masthead, menus and market data above the headline."""
NEAR = 3
"""A short line repeated within this many lines is an image's caption (alt text, then caption)."""
REPEATED_WORDS = 8
"""Words of the longest line whose first copy goes when the page repeats it (a button, a label)."""
QUOTED = re.compile(r"[\"“”«»]|(?:^|\s)['‘]\w")
"""A quotation mark opening or closing words quoted."""
CAPTIONS = frozenset(("photo caption", "non-English caption"))
LINKS = frozenset(("cross-promotion link", "video link", "episode details"))
"""Reasons of lines that link to another story (an episode's details are those of another episode)."""
CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
"""A video's length on its card, between the headlines of a list ('02:13')."""
BUTTONS = spread.BUTTONS
"""Reasons of lines that are buttons: a lone network name next to one is a button too."""


class _Line(NamedTuple):
    """A non-blank line of the raw text."""

    number: int
    """1-based line in the raw file."""
    raw: str
    """The line with its whitespace collapsed, as listed among the removed lines."""
    text: str
    """The same without a list bullet in front."""
    gap: bool
    """A blank line separates it from the previous non-blank line."""
    shown: str
    """`text` with its quotation marks as typed (see `normalise_keeping_quotes`)."""
    cells: tuple[str, ...]
    """The line split where it had runs of spaces or tabs, as a copied menu or table row has."""

    @property
    def bullet(self) -> bool:
        return self.text != self.raw


def normalise(text: str) -> str:
    """One spelling for the same text: LF line ends, plain spaces, straight quotes, NFC composition.

    Removes a byte-order mark and other invisible characters; keeps every line (and so every line
    number). Idempotent: `normalise(normalise(t)) == normalise(t)`.
    """
    return _replaced(text, ODD)


def normalise_keeping_quotes(text: str) -> str:
    """`normalise` but for the quotation marks, which stay as typed: the text as a page shows it. Of the
    same length as `normalise(text)`, character for character (a quotation mark, curly or straight,
    neither composes nor decomposes under NFC)."""
    return _replaced(text, ODD_BUT_QUOTES)


def _replaced(text: str, odd: re.Pattern[str]) -> str:
    """LF line ends, the characters `odd` finds replaced (REPLACE), NFC composition."""
    text = odd.sub(lambda m: REPLACE[m.group()], text.replace("\r\n", "\n").replace("\r", "\n"))
    return unicodedata.normalize("NFC", text)


def clean(text: str, known_header: Mapping[HeaderRole, str] | None = None) -> CleanText:
    """Sort every non-blank line of `text` into the header, the kept paragraphs or the removed lines.

    `known_header` holds the headline, dek and byline a contributor gave in the metadata, by role: a line
    near the top equal to one of them is that header line even when the rules would not say so, and the
    lines above a known headline are the page's, not the article's.
    """
    lines = _lines(text)
    known = _known(lines, known_header or {})
    reasons = _line_reasons(lines, known)
    captions = gallery.captions_as_text(lines, reasons)
    for i in captions:
        del reasons[i]  # a gallery's captions are its text
    top = _first_content(lines, reasons, known)
    repeated, firsts = _repeats(lines, reasons, known, top)
    reasons.update(repeated)
    by_place = _by_neighbours(lines, reasons, top, bool(captions))
    reasons.update(by_place)
    header, header_reasons = cleanheader.find_header(lines, reasons, known)
    reasons.update(header_reasons)
    _restore_repeats(reasons, lines, firsts, by_place, header)
    in_header = {h.line for h in header}
    reasons.update(_after_the_story(lines, reasons, header, known_header or {}))
    header_lines = {i for i, line in enumerate(lines) if line.number in in_header}
    reasons.update(_first_copies(lines, reasons, firsts, header_lines | {top}))
    reasons.update(spread.interface_neighbours(lines, reasons, header_lines))
    kept = [i for i, line in enumerate(lines) if i not in reasons and line.number not in in_header]
    removed = tuple(RemovedLine(lines[i].raw, lines[i].number, reason)
                    for i, reason in sorted(reasons.items()) if lines[i].number not in in_header)
    paragraphs = joins.paragraphs(lines, kept, _after_cues(kept, reasons))
    return CleanText(paragraphs=_lead(lines, header, paragraphs) + paragraphs, removed=removed,
                     header=tuple(header))


def _lead(lines: list[_Line], header: list[HeaderLine], paragraphs: tuple[Paragraph, ...]
          ) -> tuple[Paragraph, ...]:
    """The dek as the article's first paragraph, marked `lead`: it states the story's claims as the body
    does (a toll, a day, a quotation), so the analysis reads it with the rest. None when the story
    repeats it as its first paragraph, which is then the one copy."""
    dek = next((h for h in header if h.role == "dek"), None)
    if dek is None or (paragraphs and paragraphs[0].text == dek.text):
        return ()
    line = next(line for line in lines if line.number == dek.line)
    shown = line.shown if line.text == dek.text and line.shown != line.text else None
    return (Paragraph(dek.text, dek.line, shown, lead=True),)


def _after_the_story(lines: list[_Line], reasons: dict[int, str], header: list[HeaderLine],
                     known_header: Mapping[HeaderRole, str]) -> dict[int, str]:
    """The author's box under the story, the next article a page loaded under it (see
    `generator.cleanpages`), and the page's footer (see `generator.cleanblocks`)."""
    in_header = {h.line for h in header}
    taken = {**reasons, **{i: "header" for i, line in enumerate(lines) if line.number in in_header}}
    byline = next((h.text for h in header if h.role == "byline"), known_header.get("byline"))
    body_start = next((i for i in range(len(lines)) if i not in taken), len(lines))
    found = blocks.author_box(lines, taken, byline, body_start)
    found.update(pages.next_article(lines, {**taken, **found}, body_start))
    found.update(blocks.footer(lines, {**taken, **found}))
    return found


def _lines(text: str) -> list[_Line]:
    shown_text = normalise_keeping_quotes(text)
    text = normalise(text)
    if len(shown_text) != len(text):  # cannot happen (see normalise_keeping_quotes); if it did, show `text`
        shown_text = text
    text, shown_text = _without_citation_markers(text, shown_text)
    found: list[_Line] = []
    number, end = 1, 0
    # Runs of spaces mark cells only in a text whose words are mostly one space apart: in a copy that
    # doubled every space (an editor's or a converter's doing) they mark nothing.
    single_spaced = text.count("  ") * 4 < text.count(" ")
    for match in NON_BLANK.finditer(text):
        breaks = text.count("\n", end, match.start())
        number += breaks
        raw = " ".join(match.group().split())
        line = shapes.strip_bullet(raw)
        # The same characters but for quotation marks, which are not spaces: the same split and the same
        # bullet (a prefix) to strip.
        shown = " ".join(shown_text[match.start():match.end()].split())[len(raw) - len(line):]
        cells = tuple(CELL_GAP.split(match.group().strip())) if single_spaced else (raw,)
        found.append(_Line(number, raw, line, breaks > 1 and bool(found), shown, cells))
        end = match.end()
    return found


def _without_citation_markers(text: str, shown: str) -> tuple[str, str]:
    """The text without an encyclopedia's markers glued to a word ('hectares.[8]', 'since 2023.[citation
    needed]', a heading's '[edit]'), links to references the cleaning removes, nor a record's notes inside a
    speech ('[Interruption.]', STAGE_DIRECTIONS), nor a filing's superscript footnote numbers after a
    sentence ('… voluntary."³', FOOTNOTE_MARKS): they would read as part of the sentence and split its words
    from another outlet's. `shown` loses the same characters."""
    spans = []
    if "[" in text:
        spans += [match.span() for match in CITATION_MARKERS.finditer(text)]
        spans += [match.span() for match in STAGE_DIRECTIONS.finditer(text)]
    spans += [match.span() for match in FOOTNOTE_MARKS.finditer(text)]
    if not spans:
        return text, shown
    spans.sort()
    return _cut(text, spans), _cut(shown, spans)


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    kept, end = [], 0
    for start, stop in spans:
        kept.append(text[end:start])
        end = stop
    return "".join(kept) + text[end:]


SCENE_BREAKS = frozenset(("sound or language cue",))
"""Reasons of removed lines that end a paragraph: a transcript's '[Music]' (a new scene) or '[Romanian]'
(someone else speaking), between caption lines that carry no punctuation to end a sentence."""


def _after_cues(kept: list[int], reasons: dict[int, str]) -> frozenset[int]:
    """The kept lines that a scene break (SCENE_BREAKS) separates from the kept line before them."""
    starts = set()
    for previous, line in zip(kept, kept[1:], strict=False):
        if any(reasons.get(j) in SCENE_BREAKS for j in range(previous + 1, line)):
            starts.add(line)
    return frozenset(starts)


def _squash_key(text: str) -> str:
    return " ".join(normalise(text).split()).casefold()


def _known(lines: list[_Line], known_header: Mapping[HeaderRole, str]) -> dict[int, HeaderRole]:
    """The first line near the top that is each header line the contributor named, with its role."""
    roles: dict[int, HeaderRole] = {}
    for role, given in known_header.items():
        key = _squash_key(given)
        if not key:
            continue
        matches = _is_known_byline if role == "byline" else str.__eq__
        found = next((i for i, line in enumerate(lines[:KNOWN_TOP])
                      if i not in roles and matches(line.text.casefold(), key)), None)
        if found is not None:
            roles[found] = role
        elif role != "byline":  # a headline or a dek wrapped over lines, as a newspaper's page sets it
            roles.update(_known_on_lines(lines, roles, key, role))
    return roles


WRAPPED_LINES = 3
"""Most lines a headline or a dek the contributor named may be set on (a document's heading in capitals)."""


def _known_on_lines(lines: list[_Line], roles: dict[int, HeaderRole], key: str,
                    role: HeaderRole) -> dict[int, HeaderRole]:
    """The two or three lines near the top (no blank line between) that are, joined, the header line named
    `key`."""
    for i in range(min(KNOWN_TOP, len(lines)) - 1):
        joined = lines[i].text
        for j in range(i + 1, min(i + WRAPPED_LINES, len(lines))):
            if j - 1 in roles or j in roles or lines[j].gap or not key.startswith(joined.casefold()):
                break
            joined += " " + lines[j].text
            if joined.casefold() == key:
                return dict.fromkeys(range(i, j + 1), role)
    return {}


def _is_known_byline(text: str, name: str) -> bool:
    """The named author's line: the name alone, after 'By', or followed by the outlet or the place
    ('By Ann Lee, Harbour Gazette', 'Daniel Whitcombe in Lisbon')."""
    text = text[3:] if text.startswith("by ") else text
    return text == name or text.startswith((name + ",", name + " in ")) and text[:1].isalpha()


def _line_reasons(lines: list[_Line], known: dict[int, HeaderRole]) -> dict[int, str]:
    """What each line is, taken alone (a credit, a prompt…); unmarked lines are candidates for text."""
    latin = shapes.mostly_latin_article(line.text for line in lines)
    reasons: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i in known:
            continue
        reason = rules.line_reason(line.text)  # remembered: boilerplate repeats itself
        if reason is None and len(line.cells) >= 3 and site.is_menu_row(list(line.cells)):
            reason = "navigation links"
        if reason is None and latin and not line.text.isascii() and shapes.mostly_latin(line.text) is False \
                and not shapes.is_quotation(line.text):
            # A line in another script inside a Latin-script article: a caption in the original language
            # (a quotation in it is someone's words, which the story translates).
            reason = "non-English caption" if shapes.words(line.text) <= 40 else "non-English text"
        if reason is not None:
            reasons[i] = reason
    return reasons


def _first_content(lines: list[_Line], reasons: dict[int, str], known: dict[int, HeaderRole]) -> int | None:
    """Index of the first line that may be text (the headline, usually); None when there is none."""
    for i, role in known.items():
        if role == "headline":
            return i
    return next((i for i in range(len(lines)) if i not in reasons), None)


def _caption_shaped(line: _Line) -> bool:
    """Short and without a sentence's final punctuation: a caption, a label or a subheading."""
    return shapes.caption_shaped(line.text)


def _repeats(lines: list[_Line], reasons: dict[int, str], known: dict[int, HeaderRole],
             top: int | None) -> tuple[dict[int, str], dict[int, int]]:
    """A line seen before goes (the first is kept); a short line repeated next to itself is a caption.

    Returns the reasons found and, for each repeated line, the index of its first copy.
    """
    seen: dict[str, int] = {}
    found: dict[int, str] = {}
    firsts: dict[int, int] = {}
    for i, line in enumerate(lines):
        key = line.text.casefold()
        first = seen.get(key)
        if first is None:
            seen[key] = i
            if reasons.get(i) == "photo caption":
                seen.setdefault(credits.caption_of(line.text).casefold(), i)
            continue
        if i in known or (i in reasons and reasons[i] not in CAPTIONS) or joins.is_speaker_label(line.text):
            continue  # a credit or a prompt said twice is still one; a header line or a speaker is no repeat
        found[i] = "repeated line"
        firsts[i] = first
        if (i - first <= NEAR and first not in reasons and first != top and first not in known
                and _caption_shaped(lines[first])):
            found[first] = "photo caption"
    return found, firsts


def _first_copies(lines: list[_Line], reasons: dict[int, str], firsts: dict[int, int],
                  left_alone: set[int | None]) -> dict[int, str]:
    """The first copy of a repeated line the page's interface repeats (its copies went as repeated lines):
    after the block rules, which read such lines in their places (a post's author, a score box). Not a
    header line nor the article's first line (`left_alone`)."""
    return {first: "repeated line" for i, first in firsts.items()
            if reasons.get(i) == "repeated line" and first not in reasons and first not in left_alone
            and _interface_shaped(lines[first])}


def _interface_shaped(line: _Line) -> bool:
    """A short line that is no sentence: said twice on one page, a button or a label ('Read the whole
    article with a subscription', 'Get 3 months for DKK 1'), not the story's, which says a thing once.
    Not a headline that quotes someone, which a live page lists above its entries and repeats over one
    ("Mayor: 'The city has not slept'")."""
    return shapes.words(line.text) <= REPEATED_WORDS and not shapes.ends_sentence(line.text) \
        and not line.bullet and not joins.is_speaker_label(line.text) and not QUOTED.search(line.shown)


BlockRule = Callable[[list[_Line], dict[int, str]], dict[int, str]]
BLOCK_RULES: tuple[tuple[BlockRule, bool], ...] = (
    (blocks.summary_boxes, False), (blocks.release_sections, False), (blocks.editors_notes, False),
    (blocks.page_breaks, False), (blocks.chapter_lists, True), (blocks.sponsor_boxes, False),
    (blocks.signatures, False), (blocks.reference_lists, False), (blocks.abbreviation_lists, False),
    (blocks.comment_sections, True),
    (blocks.signup_boxes, True), (blocks.forum_sidebar, True), (blocks.digest_items, True),
    (pages.archive_toolbar, False), (pages.page_heads, False), (pages.advertisement_blocks, True),
    (pages.card_runs, True), (record.record_titles, False), (pages.menu_runs, True),
    (pages.petition_boxes, False), (pages.donation_boxes, False), (blocks.footer_menu, True),
    (live.match_data, False), (letter.letter_ends, False), (gallery.picture_fields, False),
)
"""The blocks known by their heading or their shape, in order; each sees the line rules' reasons and,
when its flag says so, the blocks found before it too (a comment section ends where a box began). Then a
pull quote (`pages.pull_quotes`, which needs the article's top), then LATE_BLOCK_RULES."""
LATE_BLOCK_RULES: tuple[tuple[BlockRule, bool], ...] = (
    (portal.contents, False), (portal.alert_boxes, False), (portal.map_legends, False),
    (portal.feedback_answers, False), (social.tab_rows, True), (social.post_authors, True),
    *chat.CHAT_BLOCK_RULES,
)


def _by_neighbours(lines: list[_Line], reasons: dict[int, str], top: int | None,
                   captions_told: bool = False) -> dict[int, str]:
    """Lines known by their neighbours: captions above a credit or below a gallery counter, the links
    listed under a 'Related' or 'Most read' heading, the tags under a 'Topics' heading and the network
    names among share buttons. On a gallery whose captions tell its story (`captions_told`), the sentence
    above the gallery's credit ('Photographs: …') is its description, not a caption."""
    found: dict[int, str] = _buttons_in_rows(lines, reasons)
    for rule, sees_blocks in BLOCK_RULES:
        found.update(rule(lines, {**reasons, **found} if sees_blocks else reasons))
    found.update(pages.pull_quotes(lines, {**reasons, **found}, top))
    for rule, sees_blocks in LATE_BLOCK_RULES:
        found.update(rule(lines, {**reasons, **found} if sees_blocks else reasons))
    for i in range(len(lines)):
        reason = reasons.get(i)
        if reason == "photo credit" and not captions_told:
            found.update(_captions_above(lines, reasons, i, top))
        elif reason == "image gallery counter":
            found.update(_captions_below(lines, reasons, i, top))
        elif reason == "photo caption" and lines[i].text[:1].islower():
            found.update(_caption_start_above(lines, reasons, i, top))
        elif reason == "cross-promotion link" and rules.is_promo_heading(lines[i].text):
            found.update(_links_below(lines, reasons, i, top))
        elif reason == "topic tags" and rules.is_tags_heading(lines[i].text):
            found.update(_tags_below(lines, reasons, i))
        elif reason == "source label" and credits.is_agency(lines[i].text):
            above = _captions_above(lines, reasons, i, top, limit=1)
            if above:
                found.update(above)
                found[i] = "photo credit"
    return found


def _is_free(i: int, reasons: dict[int, str], top: int | None) -> bool:
    return i not in reasons and i != top


def _captions_above(lines: list[_Line], reasons: dict[int, str], credit: int, top: int | None,
                    limit: int = 4) -> dict[int, str]:
    """The caption right above a credit (in the same block), and caption-like lines above it."""
    found: dict[int, str] = {}
    i = credit - 1
    while i >= 0 and credit - i <= limit and not lines[i + 1].gap:
        line = lines[i]
        if _is_free(i, reasons, top) and (i == credit - 1 and rules.is_caption_sentence(line.text)
                                          or _caption_shaped(line)):
            found[i] = "photo caption"
        elif reasons.get(i) not in rules.MEDIA or reasons.get(i) == "image gallery counter":
            break
        i -= 1
    return found


def _caption_start_above(lines: list[_Line], reasons: dict[int, str], caption: int,
                         top: int | None) -> dict[int, str]:
    """A caption's first lines when it is wrapped (its last line, with the credit, goes on in lower case:
    'Divers search the waters' above 'off the island on Tuesday. PHOTO | JANE DOE'), up to the line that
    starts it with a capital, in the same block."""
    found: dict[int, str] = {}
    i = caption
    while lines[i].text[:1].islower() and i - 1 >= 0 and not lines[i].gap and _is_free(i - 1, reasons, top) \
            and _caption_shaped(lines[i - 1]) and caption - i < NEAR:
        i -= 1
        found[i] = "photo caption"
    return found


def _captions_below(lines: list[_Line], reasons: dict[int, str], counter: int,
                    top: int | None) -> dict[int, str]:
    """Caption-like lines under a gallery counter, up to the picture's credit."""
    found: dict[int, str] = {}
    for i in range(counter + 1, min(counter + 5, len(lines))):
        if lines[i].gap or reasons.get(i) == "photo credit":
            break
        if _is_free(i, reasons, top) and _caption_shaped(lines[i]):
            found[i] = "photo caption"
        elif reasons.get(i) not in rules.MEDIA:
            break
    return found


def _links_below(lines: list[_Line], reasons: dict[int, str], heading: int, top: int | None
                 ) -> dict[int, str]:
    """The headlines listed under a heading such as 'Most read': short lines without a full stop, down to
    the article's headline (`top`) when the list is the menu's above it."""
    found: dict[int, str] = {}
    for i in range(heading + 1, len(lines)):
        if i == top:
            break
        if reasons.get(i) in LINKS or reasons.get(i) == "timestamp" and CLOCK.fullmatch(lines[i].text):
            continue  # a video among the headlines, or its length: the list goes on under it
        if _between_links(lines[i], reasons.get(i)):
            continue
        listed = lines[i].bullet or rules.is_numbered(lines[i].text)
        # A headline may ask a question, but only after another headline or above one: right under the
        # heading and alone, a question may be the story's own.
        question = (bool(found) or _headline_below(lines, reasons, i)) and shapes.words(lines[i].text) <= 20 \
            and lines[i].text.endswith("?")
        # A bilingual page gives each headline twice: 'El Valencia remonta / Valencia comes back'.
        halves = rules.halves(lines[i].text)
        both = bool(halves) and all(shapes.caption_shaped(half) for half in halves)
        headline = _caption_shaped(lines[i]) or question or both
        if i in reasons or not headline or (lines[i].gap and not listed):
            break
        found[i] = "cross-promotion link"
    return found


KICKER_WORDS = 3
"""Most words of a section's label between the headlines of a list ('Europe')."""


def _between_links(line: _Line, reason: str | None) -> bool:
    """A line that a list of headlines has between its items: a rank ('1', '2' above 'Most read' items),
    the item's section ('Europe', said before in the menu), a headline repeated (the article's own among
    the most read), a video's view count ('89K views · 3 years ago'). Under a blank line the list has
    ended."""
    if line.gap or reason is None:
        return False
    if reason == "stray character":
        return line.text.isdigit() and len(line.text) <= 2
    if reason == "repeated line" and _caption_shaped(line):
        return True  # the article's own headline among the most read, or a section said before
    return reason == "view count" or reason == "section label" and shapes.words(line.text) <= KICKER_WORDS


def _headline_below(lines: list[_Line], reasons: dict[int, str], i: int) -> bool:
    """Whether the line under line `i` (no blank line between) is a headline of the list too."""
    return i + 1 < len(lines) and i + 1 not in reasons and not lines[i + 1].gap \
        and _caption_shaped(lines[i + 1])


def _tags_below(lines: list[_Line], reasons: dict[int, str], heading: int) -> dict[int, str]:
    """The lists of topics right under a heading such as 'Related topics' (one or more lines)."""
    found: dict[int, str] = {}
    for i in range(heading + 1, len(lines)):
        if lines[i].gap or not rules.is_tag_list(lines[i].text):
            break
        if reasons.get(i, "repeated line") == "repeated line":  # a topic named in the story is still a tag
            found[i] = "topic tags"
    return found


def _buttons_in_rows(lines: list[_Line], reasons: dict[int, str]) -> dict[int, str]:
    """'Facebook', 'X', 'WhatsApp' each on its line between other buttons ('Share', 'Email', 'Copy link'),
    and a video page's ('Download', 'Clip', '2.1K' likes).

    A network's name alone may be the story's (a subheading, an item of a list); next to a line that is
    a button, in the same block, it is a button too.
    """
    found: dict[int, str] = {}
    row: list[int] = []
    for i, line in enumerate(lines):
        if row and (line.gap or not _button_like(line, reasons.get(i))):
            found.update(_lone_buttons(lines, reasons, row))
            row = []
        if _button_like(line, reasons.get(i)):
            row.append(i)
    found.update(_lone_buttons(lines, reasons, row))
    return found


def _button_like(line: _Line, reason: str | None) -> bool:
    return reason in BUTTONS or reason is None and (rules.is_lone_button(line.text)
                                                    or pages.is_page_action(line.text))


def _lone_buttons(lines: list[_Line], reasons: dict[int, str], row: list[int]) -> dict[int, str]:
    """The network names and the page's other buttons ('Download', 'Clip', a count of likes) of a block of
    button-like lines, when the block holds a known button."""
    if not any(reasons.get(i) in BUTTONS for i in row):
        return {}
    return {i: "social-media prompt" if rules.is_lone_button(lines[i].text) else "page interface text"
            for i in row if i not in reasons}


def _restore_repeats(reasons: dict[int, str], lines: list[_Line], firsts: dict[int, int],
                     by_place: dict[int, str], header: list[HeaderLine]) -> None:
    """Give the story back a repeated sentence whose first copy did not end up in the story.

    That is when the first copy is the dek (a story may repeat its dek as its first paragraph), or
    when a full sentence was taken for a caption only because it stands above a credit.
    """
    deks = {h.line for h in header if h.role == "dek"}
    for i, first in firsts.items():
        if reasons.get(i) != "repeated line":
            continue
        if lines[first].number in deks or (first in by_place and not _caption_shaped(lines[i])):
            del reasons[i]
