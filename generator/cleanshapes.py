"""What text looks like to the cleaning stage: shapes, vocabulary and helpers its rules share.

`generator.cleanrules` (what a line is, alone), `generator.cleansite` (the site around the article) and
`generator.cleanheader` (the headline, dek, byline and dateline) are written with these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol


class Line(Protocol):
    """A non-blank line of the raw text, as the cleaning stage holds it (`generator.clean`'s `_Line`): the
    one shape every rule module reads lines through."""

    @property
    def number(self) -> int: ...

    @property
    def raw(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def gap(self) -> bool: ...

    @property
    def cells(self) -> tuple[str, ...]: ...


def rx(*parts: str) -> re.Pattern[str]:
    """A case-insensitive pattern written in several pieces (one alternative or step per piece)."""
    return re.compile("".join(parts), re.IGNORECASE)


def one_of(options: str) -> str:
    """A non-capturing alternation of space-separated words ('_' stands for a space inside one)."""
    return "(?:" + "|".join(w.replace("_", " ") for w in options.split()) + ")"


# --- shapes ---------------------------------------------------------------------------------------

CLOSERS = "\"')]}»"
"""Closing quotes and brackets, looked through when asking how a line ends."""
SENTENCE_END = ".!?…:"
"""A line ending in one of these finishes a sentence (or introduces what follows, for ':')."""
BULLET = re.compile(r"^(?:[•◦▪▫●○‣⁃∙·■□►▸➢✓✔*-]\s+)+")
"""List bullets (and '*' or '-' used as bullets) before the text of an item."""
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
LETTER = re.compile(r"[^\W\d_]")
ALNUM = re.compile(r"[^\W_]")
DIGIT = re.compile(r"\d")
NUMBERED = re.compile(r"\d{1,2}[.)]\s")
NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
TWO_ASCII_LETTERS = re.compile(r"[A-Za-z][^A-Za-z]*[A-Za-z]")
ICONS = ("\u2190-\u21ff\u2300-\u23ff\u2500-\u27bf\u27f0-\u27ff\u2900-\u297f\u2b00-\u2bff"
         "\U0001f300-\U0001faff")
"""Arrows, symbols, dingbats, emoji: what a page draws before a prompt, a button or a count."""
SHORT = 160
"""Longest line (in characters) that a UI string, a credit or a prompt can be."""

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
         r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?"
DATE = (r"(?:\d{4}-\d{2}-\d{2}"  # 2023-01-26
        r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"  # 26/01/2023
        r"|\d{1,2}-\d{1,2}-\d{4}"  # 26-01-2023
        rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # January 26, 2023
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}})")  # 26 Jan 2023
HAS_DATE = re.compile(DATE, re.IGNORECASE)

# --- vocabulary -----------------------------------------------------------------------------------

PHOTO_AGENCY = one_of("getty_images getty shutterstock alamy istockphoto istock flash_?90 unsplash pexels "
                      "wikimedia_commons wikimedia nurphoto zuma_press zuma sopa_images abacapress abaca "
                      "sipa_press sipa pa_images pa_media pa_wire epa-efe epa anadolu_agency anadolu")
"""Photo agencies and picture libraries: a short line naming one is a credit."""
WIRE = one_of("reuters ap afp associated_press the_associated_press agence_france-presse dpa efe ansa xinhua "
              "tass bloomberg upi agencies news_agencies staff_and_agencies wire_services lusa pap čtk ctk "
              "ana-mpa belga anp ntb ritzau kyodo jiji yonhap pti ians antara bernama interfax ukrinform "
              "unian ria_novosti irna wafa kuna")
"""News agencies (the world's and some countries' national ones): alone on a line, a credit under a caption
or the story's source."""
AGENCY = rf"(?:{PHOTO_AGENCY}|{WIRE})"
PHOTO_WORD = one_of("photo photograph picture pic image illustration graphic map screenshot screengrab "
                    "footage foto fotó fotografia fotografía fotografie zdjęcie bild imagen immagine")
"""What a picture is called in a credit, in English and in other languages' common words ('Foto: X')."""
PHOTO_ABBREVIATION = r"(?:fot|zdj|phot)\."
"""'Fot. Jan Kowal': the abbreviation stands for 'photo' and its full stop for the colon."""
NETWORK = one_of("facebook twitter x instagram telegram whatsapp youtube tiktok linkedin threads mastodon "
                 "bluesky reddit pinterest snapchat flipboard google_news rss social_media spotify "
                 "apple_podcasts")
TIMEZONE = one_of("gmt utc z bst cet cest eet eest ist idt est edt cst cdt mst mdt pst pdt et pt ct mt jst "
                  "aest aedt msk eat cat wat sast wib wita wit sgt hkt kst nzst nzdt") \
    + r"(?:[+−-]\d{1,2}(?::?\d\d)?)?"
"""Time zones, with an offset when the page gives one: 'GMT', 'GMT+3', 'UTC-05:00'."""


# --- helpers --------------------------------------------------------------------------------------


def words(line: str) -> int:
    """How many words a line has (lines here have single spaces and no space at either end)."""
    return line.count(" ") + 1 if line else 0


def ends_sentence(line: str) -> bool:
    """True when the line ends a sentence: its last character, past closing quotes and brackets."""
    stripped = line.rstrip(CLOSERS + " ")
    return bool(stripped) and stripped[-1] in SENTENCE_END


def strip_bullet(line: str) -> str:
    """The line without a list bullet in front of it."""
    return BULLET.sub("", line, count=1) if line[:1] in "•◦▪▫●○‣⁃∙·■□►▸➢✓✔*-" else line


def mostly_latin(text: str) -> bool | None:
    """Whether most letters of `text` are Latin; None when it has fewer than two letters."""
    if text.isascii():  # the common case, and every ASCII letter is Latin
        return True if TWO_ASCII_LETTERS.search(text) else None
    letters = len(text) - len(LETTER.sub("", text))
    if letters < 2:
        return None
    return (len(text) - len(LATIN.sub("", text))) * 2 >= letters


SAMPLE = 200_000
"""Characters enough to tell an article's script (a longer article is not read twice for it)."""


def mostly_latin_article(lines: Iterable[str]) -> bool:
    """Whether the article is written in a Latin script (so that a line in another script stands out)."""
    text = "\n".join(lines)[:SAMPLE]
    if text.isascii():
        return True
    others = len(NON_LATIN.findall(text))
    return others == 0 or len(LATIN.findall(text)) >= others


REPORTING = rx(r"\b", one_of("said says say told tells added adds warned warns according reported reports "
                            "announced stated claimed claims insisted stressed noted explained asked urged "
                            "wrote writes confirmed"), r"\b")
"""Words that report what someone said: a line with one is the story's, not a caption or a prompt."""


def caption_shaped(line: str) -> bool:
    """Short and without a sentence's final punctuation: a caption, a label or a subheading."""
    return words(line) <= 20 and not ends_sentence(line)


QUOTE_MARKS = "\"«»‹›"
"""The quotation marks a normalised line can open and close with (curly quotes are straight by then)."""


def is_quotation(line: str) -> bool:
    """A line that is one quotation and nothing else, in any script: '«Ο πατέρας μου …»', '"We will not
    pay."'. In another script than the article's, it is what someone said in their words (the story
    translates it), not a caption in the original language."""
    end = line.rstrip(".,!?")
    return len(end) >= 4 and line[0] in QUOTE_MARKS and end[-1] in QUOTE_MARKS \
        and not any(mark in end[1:-1] for mark in QUOTE_MARKS)  # one quotation, not two with words between

