"""A photo agency's gallery page: its pictures' captions are its text, and what it puts around each picture
is not, whatever the pictures show.

On a news site's article a picture's caption is furniture: the story tells what it shows. On a gallery page
(an agency's, or a site's 'In pictures') the captions are the story: they carry the facts, each with its
dateline and its credit at its end ('PURWASARI, INDONESIA – APRIL 26: A buckled steel door … (Photo by Jane
Doe/Example Images)'). `captions_as_text` tells such a page by its captions, which say more than all its
other lines together (a story with a few pictures says more than its captions), and gives them back to the
story. Around each picture the page sets its fields ('Image ID: …', 'Photographer: …', 'Location: …'), its
terms ('Editorial use only · Graphic content') and its buttons: line rules (`generator.cleanrules` lists
them among its own, RULES) and one block rule (`picture_fields`, which `generator.clean` calls in its
neighbours stage). Each tests a cheap cue (a word, a character) before its pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from generator.cleancredits import caption_of, is_caption_with_credit
from generator.cleanshapes import Line, ends_sentence, rx, words

# --- line rules -------------------------------------------------------------------------------------

IMAGE_ID = rx(r"(?:image|photo|picture|asset|media|file) (?:id|no\.?|number|ref(?:erence)?|code)",
              r"\s*[:#]\s*(?=[\w./-]*\d)[\w./-]{3,40}")
"""A picture's number in the agency's library: 'Image ID: EXI-20260425-0112'."""
TERMS = frozenset(("editorial use only", "for editorial use only", "editorial use", "graphic content",
                   "no sales", "no archives", "no archive", "mandatory credit", "not for resale", "no resale",
                   "royalty-free", "royalty free", "rights-managed", "rights managed", "restrictions apply",
                   "model released", "no model release", "not for commercial use", "sensitive content"))
"""What an agency says of a picture's use: 'Editorial use only', 'Graphic content', 'Mandatory credit'."""
CELLS = re.compile(r"\s*[·|•]\s*")


def is_picture_field(line: str) -> bool:
    """'Image ID: EXI-20260425-0112', 'Editorial use only · Graphic content': a picture's number in the
    library and its terms of use (a story's 'The photo is for editorial use only, the agency said.' is a
    sentence)."""
    if len(line) > 80:
        return False
    if ":" in line or "#" in line:
        return line[:1] in "IiPpAaMmFf" and IMAGE_ID.fullmatch(line) is not None
    if "·" in line or "|" in line or "•" in line:
        return all(cell.lower() in TERMS for cell in CELLS.split(line))
    return line.lower() in TERMS


RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("picture details", is_picture_field),  # 'Image ID: EXI-20260425-0112', 'Editorial use only'
)
"""Line rules of a picture library's page, as (reason, test), tried after the general rules of
`generator.cleanrules` (which appends them to its RULES)."""


# --- a gallery's captions and fields ------------------------------------------------------------------

GALLERY_CAPTIONS = 3
"""Fewest captions that make a page a gallery (a story may show two pictures)."""
CAPTION_WORDS = 8
"""Fewest words of a caption that tells something (a sentence, not a label)."""


def captions_as_text(lines: Sequence[Line], reasons: dict[int, str]) -> list[int]:
    """The captions of a gallery page, which the line rules took for captions: three or more captions with
    their credit at their end, each a sentence, that together have more words than the page's other free
    lines (a story's few captions say less than its paragraphs). Their credit stays inside them."""
    captions = [i for i, reason in reasons.items() if reason == "photo caption" and _told(lines[i].text)]
    distinct = {lines[i].text for i in captions}  # one picture's caption copied twice is one caption
    if len(distinct) < GALLERY_CAPTIONS:
        return []
    told = sum(words(text) for text in distinct)
    other = sum(words(line.text) for i, line in enumerate(lines) if i not in reasons)
    return captions if told > other else []


def _told(text: str) -> bool:
    """A caption with its credit at its end, the caption a sentence of a few words or more."""
    caption = caption_of(text)
    return caption != text and words(caption) >= CAPTION_WORDS and ends_sentence(caption) \
        and is_caption_with_credit(text)


FIELD = re.compile(r"[A-Z][a-z]+(?: [a-z]+)?\s*:\s*\S[^:]{0,80}")
"""A field of a picture: 'Photographer: Jane Doe', 'Location: Riverton, Example County'."""
FIELD_WORDS = 10
FIELD_REASONS = frozenset(("picture details", "e-mail header", "photo credit", "photo caption", "timestamp",
                           "repeated line", "page interface text"))
"""Reasons of the lines among a picture's fields: its number and terms, its date (which an e-mail's header
looks like: 'Date: 25/04/2026'), its credit, the library's buttons."""


def picture_fields(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Around a picture's number in the library ('Image ID: …'), in its run of lines (no blank line, no
    sentence between), its other fields ('Photographer: …', 'Location: …', 'Date: …'): the picture's
    details, not the story's."""
    found: dict[int, str] = {}
    for i in (i for i, reason in reasons.items() if reason == "picture details" and ":" in lines[i].text):
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and not lines[max(j, j - step)].gap:
                if j in reasons:
                    if reasons[j] not in FIELD_REASONS:
                        break
                    if reasons[j] == "e-mail header":
                        found[j] = "picture details"
                elif _field(lines[j].text):
                    found[j] = "picture details"
                else:
                    break
                j += step
    return found


def _field(text: str) -> bool:
    return words(text) <= FIELD_WORDS and ":" in text and not ends_sentence(text) \
        and FIELD.fullmatch(text) is not None
