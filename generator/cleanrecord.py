"""A parliament's verbatim record (a Hansard, an official report of debates): what its page puts around the
members' speeches, whatever the debate.

The record is a transcript: each speech opens with its speaker's label ('Mr. Jane Doe (Party):') and is
the story's. Around the speeches the page sets the record's title and sitting ('VERBATIM RECORD', 'of the
41st sitting of …'), a note that the translation is unofficial, the column numbers of the printed record
('Col. 411'), the presiding officer's procedure ('The Speaker: … has the floor for one minute.'), the
chamber's reactions ('(Applause from the benches of …)', 'Hon. Members: Hear, hear!', '[Interruption.]'),
the links to the previous and next extracts and the record's pages. Line rules (`generator.cleanpages`
lists them in its RECORD_RULES) and one block rule (`record_titles`, the lines under the record's title),
each testing a cheap cue (a word, a character) before its pattern.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.cleanshapes import REPORTING, Line, caption_shaped, ends_sentence, rx, words

CHAIR = (r"(?:the |mr\.? |madam |madame |mrs\.? |ms\.? )?(?:deputy |acting |vice[- ])?"
         r"(?:speaker|president|chair|chairman|chairwoman|chairperson|presiding officer)")
"""Who presides over a sitting, as the record labels them: 'The Speaker', 'Madam Deputy Speaker'."""
CHAIR_LABEL = rx(rf"^{CHAIR}(?: \([^()]{{1,60}}\))?: \S")
"""The presiding officer's label at the head of a line of the record: 'The Speaker: …'."""
PROCEDURE = rx(r"\b(?:ha(?:s|ve) the floor|(?:one|two|three|four|five|\d) minutes?\b",
               r"|will (?:answer|reply|respond)|rejoinder|next question|(?:has )?put a question",
               r"|we (?:continue|move on|proceed|now turn|resume)",
               r"|order,? order|i call (?:on|upon)?|i give the floor|the record will (?:show|note)",
               r"|(?:sitting|session|debate) is (?:open(?:ed)?|suspended|closed|adjourned|resumed)",
               r"|the question is that)\b")
"""The words of procedure: who has the floor, for how long, the next question, the sitting suspended."""
PROCEDURE_WORDS = 120


def is_chair_procedure(line: str) -> bool:
    """'The Speaker: Thank you, Minister. Mr. X has one minute for his rejoinder.': the presiding officer
    giving the floor, timing the speakers, calling the next question. A line that reports the presiding
    officer ('The Speaker said the minister had misled the House.') has no label and is the story's; so
    is a label followed by no word of procedure."""
    if ": " not in line[:60] or words(line) > PROCEDURE_WORDS:
        return False
    return CHAIR_LABEL.match(line) is not None and PROCEDURE.search(line) is not None


REACTION = rx(r"^[(\[](?:(?:loud|prolonged|sustained|general|some|lively|renewed|continued|further) )?",
              r"(?:applause|laughter|interruptions?|cheers|cheering|noise|uproar|heckling|shouts?|murmurs?",
              r"|protests?|commotion|cries|boos|booing|disturbance|hear, hear|members rising",
              r"|standing ovation)",
              r"\b[^()\[\]]{0,240}[)\]]\.?$")
"""The chamber's reaction in brackets: '(Applause from the benches of …)', '[Interruption.]',
'(Laughter.)'."""
MEMBERS_CRY = rx(r"^(?:(?:some|several|many|other|an?) (?:(?:right )?hon(?:\.|ourable|orable) )?",
                 r"|(?:right )?hon(?:\.|ourable|orable) )members?\s*:\s*\S.{0,60}$")
"""The members' cry from their benches: 'Hon. Members: Hear, hear!', 'Some Hon. Members: Shame!'."""
CRY_WORDS = 12


def is_chamber_reaction(line: str) -> bool:
    """'(Applause from the LMP benches.)', '[Interruption.]', 'Hon. Members: Hear, hear!': the record's
    note of what the chamber did, not a speaker's words."""
    first = line[:1]
    if first in "([":
        return line[-1:] in ").]" and REACTION.match(line) is not None
    return ":" in line and words(line) <= CRY_WORDS and "embers" in line[:30] \
        and MEMBERS_CRY.match(line) is not None


COLUMN = rx(r"^(?:col(?:umn)?s?\.?|cc?\.) ?\d{1,5}(?:\s?[–-]\s?\d{1,5})?$")
"""A column number of the printed record: 'Col. 411', 'cc. 411–412' ('Col. Smith' is a colonel)."""


def is_column_number(line: str) -> bool:
    """'Col. 411': where a column of the printed record begins."""
    return len(line) <= 16 and line[-1:].isdigit() and COLUMN.match(line) is not None


RECORD_TITLE = rx(r"^(?:(?:official|verbatim|stenographic|unofficial|provisional|daily) )?",
                  r"(?:verbatim (?:record|report)|official report|hansard|stenographic (?:record|report)",
                  r"|record of (?:proceedings|debates)|minutes of (?:proceedings|the sitting))s?",
                  r"(?: of (?:debates|proceedings))?$")
"""The title of a parliament's record: 'VERBATIM RECORD', 'Official Report', 'Hansard'."""
TITLE_CUES = ("record", "report", "hansard", "minutes")
CHAIR_LINE = rx(r"^(?:in the chair|chair(?:ed by)?|presiding|presided by)\s*:\s*\S")
"""Who presided over the sitting, under the record's title: 'Chair: The Speaker', 'In the Chair: …'."""
CHAIR_LINE_WORDS = 8


def is_record_heading(line: str) -> bool:
    """'VERBATIM RECORD', 'Official Report', 'Chair: The Speaker': the record's title and its presiding
    officer above the speeches."""
    if words(line) > CHAIR_LINE_WORDS or ends_sentence(line):
        return False
    lowered = line.lower()
    if ":" in line:
        return ("chair" in lowered or "presid" in lowered) and CHAIR_LINE.match(line) is not None
    return any(cue in lowered for cue in TITLE_CUES) and RECORD_TITLE.match(line) is not None


TRANSLATION = rx(r"^(?:this is an? )?unofficial (?:\w+ )?translation\b",
                 r"|\bonly the \w+ (?:text|version|original) (?:is|shall be|are) (?:authentic|authoritative",
                 r"|binding|official)\b")
"""The record's note on its translation: 'Unofficial English translation prepared by … Only the Hungarian
text is authentic.'."""
TRANSLATION_WORDS = 40


def is_translation_notice(line: str) -> bool:
    """'Unofficial English translation …', '… Only the Hungarian text is authentic.': the page's note on
    its version. A line that reports someone saying so is the story's."""
    if words(line) > TRANSLATION_WORDS:
        return False
    lowered = line.lower()
    return ("translation" in lowered or "only the" in lowered) and TRANSLATION.search(line) is not None \
        and REPORTING.search(line) is None


RECORD_NOTE = rx(r"\b(?:remainder|rest|continuation) of (?:this|the) (?:record|report|transcript|extract)\b",
                 r"|\b(?:full|complete) (?:verbatim record|official report|transcript|record)\b",
                 r".{0,80}\bavailable\b")
"""Where the rest of the record is: 'The remainder of this record is available in the full verbatim
record …'."""
NOTE_WORDS = 40


def is_record_note(line: str) -> bool:
    """'The sitting continues. The remainder of this record is available in …': the page pointing at the
    rest of the record ('The sitting continues into the night.' is the story's)."""
    if words(line) > NOTE_WORDS or "record" not in line.lower() and "transcript" not in line.lower():
        return False
    return RECORD_NOTE.search(line) is not None and REPORTING.search(line) is None


PAGER = rx(r"^[‹«<←◂◀]?\s*(?:previous|next|prev\.?|earlier|later|following)\s+",
           r"(?:extract|page|part|section|sitting|record|debate|item|chapter)\b",
           r"(?:\s*:\s*[^:]{1,100}?)?\s*[›»>→▸▶]?$")
"""A link to the record's previous or next extract: '‹ Previous extract: …, pages 19–22'."""
ARROWS = "‹«<←◂◀›»>→▸▶"
PAGER_CUES = ("previous", "next", "prev", "earlier", "later", "following")
PAGER_WORDS = 16


def is_pager(line: str) -> bool:
    """'‹ Previous extract: Questions to ministers, pages 19–22', 'Next extract: … ›': a link to the next
    part, with its colon or its arrow ('Next week the plume reaches Serbia.' has neither)."""
    if words(line) > PAGER_WORDS or ends_sentence(line) and not line.endswith(":"):
        return False
    marked = line[:1] in ARROWS or line[-1:] in ARROWS or ":" in line
    lowered = line[:20].lower()
    return marked and any(cue in lowered for cue in PAGER_CUES) and PAGER.match(line) is not None


RECORD_PAGES = rx(r"^(?:record |report |document |transcript )?pages? \d{1,4}\s?[–-]\s?\d{1,4} of \d{1,5}$")
"""'Record pages 23–26 of 112': the pages of the record the extract holds."""


def is_record_pages(line: str) -> bool:
    return len(line) <= 40 and line[-1:].isdigit() and RECORD_PAGES.match(line) is not None


DOWNLOAD_CELL = rx(r"^(?:download|print|save|share|export|e-?mail|cite|listen)\b[^·|]{0,40}$")
CELLS = re.compile(r"\s+[·|•]\s+")


def is_download_row(line: str) -> bool:
    """'Download extract (PDF, HU) · Download extract (PDF, EN) · Print': the page's buttons on one line."""
    if len(line) > 160 or "·" not in line and "|" not in line and "•" not in line:
        return False
    cells = CELLS.split(line)
    return len(cells) >= 2 and all(DOWNLOAD_CELL.match(cell) for cell in cells)


RULES = (
    ("presiding officer's procedure", is_chair_procedure),
    ("reaction in the chamber", is_chamber_reaction),
    ("column number", is_column_number),
    ("verbatim record's heading", is_record_heading),
    ("translation note", is_translation_notice),
    ("note on the record", is_record_note),
    ("page interface text", is_pager),
    ("page number", is_record_pages),
    ("page interface text", is_download_row),
)
"""The record's line rules, as (reason, test)."""
LONG_KINDS = frozenset(("presiding officer's procedure", "reaction in the chamber", "note on the record"))
"""Of those, the reasons a line longer than `cleanshapes.SHORT` may have (the presiding officer names the
question asked; a reaction names the benches)."""


# --- blocks -----------------------------------------------------------------------------------------

TITLE_LINES = 3


def record_titles(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Right under the record's title ('VERBATIM RECORD'), the lines that name the sitting and the extract
    ('of the 41st sitting of the National Assembly, Monday, 16 March 2026', 'Extract: Questions to
    ministers (record pages 23–26)'): no sentence, up to the first line that is one."""
    found: dict[int, str] = {}
    for i in (i for i, reason in reasons.items() if reason == "verbatim record's heading"):
        if ":" in lines[i].text:
            continue  # the chair's line, not the title
        for j in range(i + 1, min(i + 1 + TITLE_LINES, len(lines))):
            if j in reasons or lines[j].gap or not caption_shaped(lines[j].text):
                break
            found[j] = "verbatim record's heading"
    return found
