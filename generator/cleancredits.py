"""Pictures in a copy-paste: photo credits, captions with their credit, and the licensing buttons after them.

A picture's block is the caption that describes it, the credit naming who made or owns it ('Photo: X',
'REUTERS/Jane Doe', '(AP Photo/X)', 'Ana Lima/Lusa'), and what an agency's page puts after it ('Purchase
Licensing Rights'). These rules look at one line alone (`generator.cleanrules` lists them among its
rules); the caption above a credit is found by its neighbours in `generator.clean`.
"""

from __future__ import annotations

import re

from generator.cleanshapes import (
    AGENCY,
    PHOTO_ABBREVIATION,
    PHOTO_AGENCY,
    PHOTO_WORD,
    SHORT,
    WIRE,
    ends_sentence,
    rx,
    words,
)

CREDIT_WORD = (rf"(?:(?:(?:\w+ )?{PHOTO_WORD}s?(?: credits?| submitted| supplied| provided)?|credits?)"
               rf"\s*(?::|\||\bby\b)"
               rf"|{PHOTO_ABBREVIATION})")
"""'Photo:', 'AP Photo by', 'Photo credit:', 'Photo submitted by', 'Credit:', 'Fot.', 'PHOTO |' — what a
credit starts with."""
CREDIT_LEAD = rx(rf"^(?:{CREDIT_WORD}|courtesy\b)\s*\S")
CREDIT_SLASH = rx(rf"\b(?:{AGENCY}|{PHOTO_WORD})\b.*/", rf"|/.*\b{AGENCY}\b")
CREDIT_AGENCY = rx(rf"\b{PHOTO_AGENCY}\b")
CREDIT_VIA = rx(rf"\bvia {AGENCY}$")
CREDIT_ALONE = rx(r"^(?:illustrative(?: photo| image)?|file(?: photo| picture| image)?",
                  r"|stock (?:photo|image)|photo illustration|archive(?: photo)?|screenshot",
                  r"|handout(?: photo)?",
                  r"|(?:photo|image|picture)s? (?:via|from) .+)$")
TRAILING_CREDIT = re.compile(r"[(\[]([^()\[\]]{1,150})[)\]][.\s]{0,2}$")
"""A bracketed credit at the end of a caption: 'Crowds in Jenin. (AP Photo/Jane Doe)'."""
CAPTION_LABEL = rx(r"^(?:image|photo|picture|video|map|chart|graphic) caption\s*[,:]\s*\S",
                   r"|^attention editors\b")
"""A caption announced as one, as some sites' copy reads out: 'Image caption, Volunteers at …'."""
TAIL = 240
"""The trailing credit patterns match at most this many characters: only a line's end is searched."""
LABEL_CUE = rx(rf":|\||\bby\b|\b{PHOTO_ABBREVIATION}")
"""What a labelled credit has (a cheap test before `TRAILING_LABEL`)."""
TRAILING_LABEL = rx(rf"(?:[.!?]\s+|\s[-–—|]\s*){CREDIT_WORD}\s*[^.]{{1,80}}$")
"""An unbracketed credit after a caption: 'Crowds in Jenin. Photograph: Jane Doe/Reuters'."""
TRAILING_AGENCY = rx(rf"[.!?]\s+[^.]{{0,60}}\b{PHOTO_AGENCY}$")
"""A picture library named after a caption: 'Crowds in Jenin. Jane Doe/Getty Images'."""
BARE_AGENCY = rx(rf"^{WIRE}(?:\s*(?:and|&|,|/)\s*{WIRE})*$")
CAPS = "A-Z\u00c0-\u00de"
EXTENDED = "\u0100-\u017f"
"""Latin Extended-A, capitals and small letters alternating ('Ł', 'ł', 'Š', 'š'): either, in a name."""
NAME = rf"[{CAPS}{EXTENDED}][a-z\u00df-\u00ff{EXTENDED}'][\w'.-]*"
"""A capitalised name: 'Jane', 'O'Neil', 'McCarthy', 'Łukasz' (not 'DC' in 'AC/DC')."""
LICENSING = (r"(?:(?:purchase|acquire|buy|get) (?:licensing|image|photo|reprint) rights"
             r"|request (?:a )?licen[cs]e"
             r"|(?:license|licence|buy|purchase) this (?:image|photo|picture))")
"""The button an agency's page puts after a credit: 'Purchase Licensing Rights', 'License this image'."""
WIRE_CREDIT = rf"(?-i:[{CAPS}]{{2,}}(?:[ &-][{CAPS}]{{2,}})*/{NAME}(?: {NAME}){{0,3}})(?:\s+{LICENSING})?"
"""A wire photo's credit, any agency: its name in capitals, a slash, the photographer ('MERIDIAN/Jane Doe'),
then the licensing button after it."""
COPYRIGHT_CREDIT = rx(rf"^(?:©|\(c\))\s*(?-i:{NAME}(?: {NAME}){{0,3}})\s*/\s*[^/\s][^/]{{0,40}}$")
"""'© Jane Doe / MERIDIAN': a photographer and the agency or outlet that owns the picture."""
WIRE_CREDIT_ALONE = rx(rf"^{WIRE_CREDIT}$")
CREDIT_BUTTON = rx(rf"^[^|]{{1,60}}\|\s*{LICENSING}$")
"""A picture's owner beside the licensing button: 'Orbis Images | Request licence'."""
TRAILING_WIRE_CREDIT = rx(rf"[.!?]\s+{WIRE_CREDIT}$")
TRAILING_NAME_WIRE = rx(rf"[.!?]\s+(?-i:{NAME}(?: {NAME}){{0,3}})\s*/\s*{WIRE}$")
"""A photographer and the agency after a caption: 'Crowds at the court. Ana Lima/Lusa'."""
"""A wire credit after a caption: 'Crowds in Jenin. REUTERS/Jane Doe Purchase Licensing Rights'."""
CAPS_NAME = rf"(?:[{CAPS}]\. ?)+[{CAPS}][{CAPS}'-]+|[{CAPS}][{CAPS}'-]+ [{CAPS}][{CAPS}'-]+"
"""A photographer's name in capitals, with an initial or in two words: 'J. MORENO', 'ANA LIMA'."""
TRAILING_OUTLET_CREDIT = rx(rf"[.!?]\s+(?-i:[{CAPS}]{{2,}}(?:[ &-][{CAPS}]{{2,}})* / (?:{CAPS_NAME}",
                            rf"|{NAME}(?: {NAME}){{0,3}}))$")
"""The outlet's own picture after a caption, a space each side of the slash: '… in Seville. CRÓNICA / J.
MORENO'."""
TRAILING_CAPS_CREDIT = rx(rf"[.!?]\s+(?-i:{CAPS_NAME})/(?-i:[{CAPS}][{CAPS} &'-]{{2,40}})$")
"""The photographer and the outlet in capitals after a caption: '… since Thursday. ANA LIMA/THE DAILY
STANDARD'."""


OUTLET_CREDIT = re.compile(rf"[{CAPS}][\w&'.-]*(?: [{CAPS}][\w&'.-]*){{0,2}}/{NAME}(?: {NAME}){{1,2}}")
"""The outlet's own picture, its photographer after a slash: 'Herald/Jane Doe' (the outlet's name
as the outlet writes it, not in capitals)."""


DESK_CREDIT = rx(rf"[.!?]\s?\((?-i:[{CAPS}][\w'&.-]*(?: [{CAPS}][\w'&.-]*){{0,5}}): ",
                 rf"(?-i:{NAME}(?: {NAME}){{1,2}})\)$")
"""A broadcaster's credit after a caption, the newsroom then the photographer, in brackets: '… since
October 11.(ABS Mid North Coast: Josh Tilley)' (a sentence's end right before it)."""


def credit_core(core: str) -> bool:
    """True when `core` (the text of a credit, brackets removed) names who made or owns a picture."""
    if len(core) > SHORT or words(core) > 16:
        return False
    if CREDIT_LEAD.match(core) or CREDIT_ALONE.match(core):
        return True
    if ends_sentence(core) and not core.endswith(")"):
        return False
    if words(core) > 10:
        return False
    slash = "/" in core and (CREDIT_SLASH.search(core) or WIRE_CREDIT_ALONE.match(core)
                             or COPYRIGHT_CREDIT.match(core))
    return bool(slash or CREDIT_AGENCY.search(core) or (" via " in core.lower() and CREDIT_VIA.search(core)))


def is_credit(line: str) -> bool:
    """'(Photo: X)', 'Image: Reuters', 'Photo by X/Getty Images', 'REUTERS/Jane Doe', '(Flash90)'."""
    core = line.strip("()[] ")
    if line[:1] in "([" and line.rstrip(". ")[-1:] in ")]" and (BARE_AGENCY.match(core)
                                                                or OUTLET_CREDIT.fullmatch(core)):
        return True
    return credit_core(core)


def _outlet_credit(caption: str, credit: str) -> bool:
    """'… on Wednesday. (Herald/Ana Lima)': the outlet's own picture after a caption's full stop (a story's
    '… from Kyiv (Kyiv/Odesa Oblast)' ends no sentence before its brackets)."""
    return "/" in credit and ends_sentence(caption) and OUTLET_CREDIT.fullmatch(credit.strip()) is not None


def is_caption_with_credit(line: str) -> bool:
    """'Protesters in Nablus on Friday. (AP Photo/Jane Doe)': a caption with its credit at the end."""
    if len(line) > 600:
        return False
    tail = line[-TAIL:]
    match = TRAILING_CREDIT.search(tail)
    caption = line[: len(line) - len(tail) + match.start()].strip() if match else ""
    if match and words(caption) >= 2 and (credit_core(match.group(1).strip()) or ": " in match.group(1)
                                           and DESK_CREDIT.search(tail) is not None
                                           or _outlet_credit(caption, match.group(1))):
        return True
    if words(line) > 80:
        return False
    # Cheap tests first: the patterns are only tried where they can match.
    labelled = LABEL_CUE.search(tail) and TRAILING_LABEL.search(tail)
    # A (stripped) line ending with a credit ends with a letter or a digit: every PHOTO_AGENCY does.
    end = line[-100:]
    slashed = "/" in end and (TRAILING_WIRE_CREDIT.search(end) or TRAILING_NAME_WIRE.search(end)
                              or TRAILING_OUTLET_CREDIT.search(end) or TRAILING_CAPS_CREDIT.search(end))
    return bool(labelled or line[-1:].isalnum() and (TRAILING_AGENCY.search(end) or slashed))


def caption_of(line: str) -> str:
    """The caption part of a caption-with-credit line (for spotting the caption repeated alone)."""
    tail = line[-TAIL:]
    match = TRAILING_CREDIT.search(tail) if len(line) <= 600 else None
    return line[: len(line) - len(tail) + match.start()].strip() if match else line


def is_agency(line: str) -> bool:
    """'Reuters', 'The Associated Press', 'Agencies': a credit under a caption, or a source label."""
    return bool(BARE_AGENCY.match(line.rstrip(" .|-–—")))
