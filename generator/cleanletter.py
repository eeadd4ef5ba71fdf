"""An official letter or statement copied from its PDF: what a ministry's or an agency's document puts around
its text, whatever it says.

The statement's text is the story: its preamble, its numbered points, a point in capitals. Around it the
document sets its letterhead and reference number (above the heading the contributor named, which
`generator.clean` takes off as the page's top), its page marks and running header (`generator.cleanblocks`'
page breaks), and at its end the formula that closes it ('This statement is issued for the attention of the
public.'), the signature block (the signer's title, the seal, 'signed', the signer's name), the list of
those who receive a copy ('Copies to:' and its numbered items, numbered like the points but no point) and a
translator's note. Line rules (`generator.cleanrules` lists them among its own, RULES) and one block rule
(`letter_ends`, which `generator.clean` calls in its neighbours stage). Each tests a cheap cue (a word, a
character) before its pattern.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from generator.cleanshapes import NUMBERED, REPORTING, Line, caption_shaped, rx, words

# --- line rules -------------------------------------------------------------------------------------

CLOSING = rx(r"(?:thus |accordingly |hereby )?this (?:official )?(?:statement|letter|notice|announcement",
             r"|circular|declaration|communiqu[eé]|press release) is (?:hereby )?(?:issued|made|conveyed",
             r"|delivered|sent|submitted)(?: (?:for|to) (?:the )?(?:attention|information|knowledge) of",
             r"|(?: to be)? (?:used|for use))\b[^.!?]{0,60}[.!]?")
"""The formula that closes an official statement: 'This statement is issued for the attention of the
public.', 'Thus this letter is made to be used as appropriate.'."""
CLOSING_WORDS = 20
CLOSING_STARTS = ("this", "thus", "acco", "here")


def is_closing_formula(line: str) -> bool:
    """'This statement is issued for the attention of the public.': the document saying what it is for (a
    story's 'The statement was issued for the attention of Parliament.' reports it)."""
    return line[:1] in "TtAaHh" and line[:4].lower() in CLOSING_STARTS and words(line) <= CLOSING_WORDS \
        and CLOSING.fullmatch(line) is not None and REPORTING.search(line) is None


SIGNATURE_MARK = rx(r"[\[(](?:seal|official seal|stamp|l\.\s?s\.|signed|sgd\.?|signature|signed and sealed",
                    r"|signed and stamped|stamp and signature)[\])]|/s/|sgd\.")
"""Where the document had a seal or a signature: '[SEAL]', '[signed]', '(sgd.)', '/s/'."""


def is_signature_mark(line: str) -> bool:
    return len(line) <= 30 and line[:1] in "[(/s" and SIGNATURE_MARK.fullmatch(line) is not None


DISTRIBUTION = rx(r"(?:copies to|copy to|cc|c\.c\.|carbon cop(?:y|ies) to|copied to|distribution(?: list)?",
                  r"|tembusan(?: yth\.?)?)\s*:?")
"""The heading of the list of those who receive a copy: 'Copies to:', 'Cc:', 'Distribution:'."""


def is_distribution_heading(line: str) -> bool:
    """'Copies to:': the heading alone on its line (the list follows under it)."""
    return len(line) <= 30 and line[:1] in "CcDdTt" and DISTRIBUTION.fullmatch(line) is not None


TRANSLATOR = rx(r"(?:translator'?s'?|translation|translators') note\s*:\s*\S")
"""A translator's note on the translation: 'Translator's note: This is an unofficial translation …'."""


def is_translator_note(line: str) -> bool:
    """'Translator's note: This is an unofficial translation …': about the translation, not the story (a
    story's 'The translator's note says …' reports it)."""
    return line[:1] in "Tt" and line[:5].lower() == "trans" and words(line) <= 150 \
        and TRANSLATOR.match(line) is not None


RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("closing formula", is_closing_formula),  # 'This statement is issued for the attention of the public.'
    ("signature block", is_signature_mark),  # '[SEAL]', '[signed]'
    ("distribution list", is_distribution_heading),  # 'Copies to:'
    ("translation note", is_translator_note),  # 'Translator's note: This is an unofficial translation …'
)
"""Line rules of an official document, as (reason, test), tried after the general rules of
`generator.cleanrules` (which appends them to its RULES)."""
LONG_KINDS = frozenset(("translation note",))
"""The reasons of RULES that a line longer than `cleanshapes.SHORT` may have."""


# --- the document's end -----------------------------------------------------------------------------

ABOVE_MARK = 4
"""Lines above a seal or a signature that may be the signer's title and the place and date."""
BELOW_MARK = 2
"""Lines below them that may be the signer's name and rank."""
TITLE_WORDS = 10
NAME_WORDS = 8
ITEMS = 20
ITEM_WORDS = 20


def letter_ends(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """The signature block around a seal or a signature ('[SEAL]', '[signed]'): above it the signer's title
    (short lines that are no sentence, up to the place and date), below it the signer's name; and the
    numbered or bulleted items under 'Copies to:'. A sentence ends the walk: the statement's text stays."""
    found: dict[int, str] = {}
    for i, reason in reasons.items():
        if reason == "signature block" and reasons.get(i - 1) != "signature block":
            found.update(_signature(lines, reasons, i))
        elif reason == "distribution list":
            found.update(_distribution(lines, reasons, i))
    return found


def _signature(lines: Sequence[Line], reasons: dict[int, str], mark: int) -> dict[int, str]:
    found: dict[int, str] = {}
    j = mark - 1
    while j >= max(0, mark - ABOVE_MARK) and not lines[j + 1].gap:
        text = lines[j].text
        if j in reasons:
            if reasons[j] != "timestamp":
                break
        elif words(text) <= TITLE_WORDS and caption_shaped(text):
            found[j] = "signature block"
        else:
            break
        j -= 1
    last = mark
    while last + 1 < len(lines) and reasons.get(last + 1) == "signature block":
        last += 1
    for j in range(last + 1, min(last + 1 + BELOW_MARK, len(lines))):
        if j in reasons or lines[j].gap or not _signer(lines[j].text):
            break
        found[j] = "signature block"
    return found


def _signer(text: str) -> bool:
    """The signer's name and rank: a few words, no sentence, or mostly capitals ('Dr. H. JANE DOE, M.Si.',
    whose last abbreviation ends with a full stop)."""
    if words(text) > NAME_WORDS:
        return False
    letters = [c for c in text if c.isalpha()]
    return caption_shaped(text) or sum(c.isupper() for c in letters) * 2 > len(letters)


def _distribution(lines: Sequence[Line], reasons: dict[int, str], heading: int) -> dict[int, str]:
    """The items under 'Copies to:', numbered or bulleted, each a few words."""
    found: dict[int, str] = {}
    for j in range(heading + 1, min(heading + 1 + ITEMS, len(lines))):
        line = lines[j]
        if j in reasons or line.gap or words(line.text) > ITEM_WORDS \
                or not (line.raw != line.text or NUMBERED.match(line.text)):
            break
        found[j] = "distribution list"
    return found

