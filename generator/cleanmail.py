"""An e-mail around the story: a press release or a letter forwarded by e-mail, as a mail client copies it,
whatever the story.

Line rules (`generator.cleanrules` lists them among its own): each message's headers ('From: …', 'Sent:
…', 'Subject: …'), the marks of a forward ('-----Original Message-----', 'Begin forwarded message:'), the
device's signature ('Sent from my iPhone'), the mail server's warning about an outside sender, a covering
note's opening ('FYI – …', 'Please find below our release …'), a signature's row of a name, a title and
an employer, its labelled telephone numbers ('M: 0412 555 318 | T: (02) 5550 3381'), and the footers a
mail carries ('Please consider the environment before printing this email.', a confidentiality notice).
Each rule tests a cheap cue (a colon near the start, a word) before its pattern; a sentence that reports
what someone said is the story's. A greeting and a closing alone on their line ('Hi everyone,',
'Thanks,') are left alone: a newsletter's are its writer's voice.
"""

from __future__ import annotations

import re

from generator.cleanshapes import DIGIT, HAS_DATE, REPORTING, ends_sentence, rx, words
from generator.cleansite import EMAIL_ADDRESS

HEADER = rx(r"^(?P<label>from|sent|date|to|cc|bcc|reply-to|subject)\s*:\s*(?P<value>\S.*)$")
"""A message's header, as a mail client copies it above the forwarded text."""
ADDRESSED = frozenset(("from", "to", "cc", "bcc", "reply-to"))
HEADER_WORDS = 40
FORWARDED = rx(r"^(?:fwd?|re|aw|wg|tr)\s*:\s*\S")
"""A subject that a forward or a reply marks ('Fwd: MEDIA RELEASE: …', 'RE: …'): a story quoting a memo's
subject line ('Subject: Building the Halvard of the next decade') has none."""


def is_header(line: str) -> bool:
    """'From: Ann Lee <ann@example.org>', 'Sent: Monday, 12 October 2026 6:02 PM', 'Subject: Fwd: …': who
    sent the message to whom (with an address), when (a date) and what it forwards or answers. 'To: the
    families of the victims, we are sorry.' names no address: a letter's words."""
    if ":" not in line[:10] or words(line) > HEADER_WORDS:
        return False
    match = HEADER.match(line)
    if match is None:
        return False
    label, value = match.group("label").lower(), match.group("value")
    if label in ADDRESSED:
        return EMAIL_ADDRESS.search(value) is not None
    if label in ("sent", "date"):
        return words(value) <= 10 and HAS_DATE.search(value) is not None
    return FORWARDED.match(value) is not None  # a subject alone may be quoted: 'Subject: Building …'


FORWARD_MARK = rx(r"^-{2,}\s*(?:original message|forwarded message|forwarded by\b.{0,60})\s*-*$",
                  r"|^begin forwarded message\s*:?$|^forwarded message\s*:?$")
"""'-----Original Message-----', '---------- Forwarded message ---------', 'Begin forwarded message:'."""


def is_forward_mark(line: str) -> bool:
    """The line a mail client writes above a forwarded or quoted message."""
    return len(line) <= 80 and line[:1] in "-bBfF" and FORWARD_MARK.match(line) is not None


DEVICE = rx(r"^(?:sent from my (?:\w+ ){0,2}\w+|sent from (?:\w+ ){0,2}for (?:ios|android|windows|mac)",
            r"|get outlook for (?:ios|android))$")
"""What a phone's mail app signs a message with: 'Sent from my iPhone', 'Get Outlook for Android'."""


def is_device_signature(line: str) -> bool:
    """'Sent from my iPhone' (not 'The hospital said it had not been sent from any of its devices.')."""
    return len(line) <= 50 and line[:1] in "sSgG" and DEVICE.match(line) is not None


OUTSIDE = rx(r"\bthis (?:e-?mail|message) (?:originated|came|comes|was sent) from outside\b",
             r"|\bdo not click (?:on )?(?:any )?links or open (?:any )?attachments\b")
"""A mail server's warning on a message from another organisation."""
PRINTING = rx(r"\b(?:consider the environment before (?:you )?print(?:ing)?|think before you print",
              r"|before printing this (?:e-?mail|message))\b")
"""'Please consider the environment before printing this email.'."""
CONFIDENTIAL = rx(r"\b(?:this|the) (?:e-?mail|message|communication|transmission)\b.{0,120}",
                  r"\b(?:confidential|privileged)\b")
UNINTENDED = rx(r"\b(?:intended recipient|received (?:this|it)(?: \w+)? in error)\b")
"""A confidentiality notice: the message is confidential, and tells whoever got it in error what to do."""


def is_mail_notice(line: str) -> bool:
    """The notices a mail server and a sender's organisation add to every message: the warning about an
    outside sender, the plea not to print it, the confidentiality notice ('This email and any
    attachments are confidential … If you are not the intended recipient …')."""
    if words(line) > 150:
        return False
    lowered = line.lower()
    if ("outside" in lowered or "click" in lowered) and OUTSIDE.search(line):
        return REPORTING.search(line) is None  # 'Staff were told not to click links …, the manager said.'
    if "print" in lowered and words(line) <= 20 and PRINTING.search(line):
        return True
    return ("confidential" in lowered or "privileged" in lowered) and _confidential(line)


def _confidential(line: str) -> bool:
    """Confidential, and addressed to whoever received it in error; nobody's words reported."""
    return bool(CONFIDENTIAL.search(line) and UNINTENDED.search(line)) and REPORTING.search(line) is None


COVERING = rx(r"^(?:fyi|fwiw)\b\s*[–—:,-]",
              r"|^please (?:find|see) (?:below|attached|enclosed)\b.{0,40}\b(?:release|statement|letter",
              r"|e-?mail|message|document|report|attachment|update)\b")
"""The opening of a covering note above what it forwards: 'FYI – second statement from …', 'Please find
below our second media release …'."""


def is_covering_note(line: str) -> bool:
    """A note to the recipient about what the message forwards (not 'Please find below the list of
    schools that will close, the council said.')."""
    if words(line) > 80 or line[:1] not in "fFpP":
        return False
    return COVERING.match(line) is not None and REPORTING.search(line) is None


JOB = rx(r"\b(?:reporter|correspondent|editor|journalist|writer|producer|officer|director|manager|lead|head",
         r"|chief|ceo|cto|cio|ciso|cfo|coo|founder|co-founder|president|partner|consultant|adviser|advisor",
         r"|engineer|nurse|doctor|professor|lecturer|researcher|analyst|specialist|coordinator|secretary",
         r"|spokesperson|spokesman|spokeswoman|chair|chairman|chairwoman|owner)s?\b")
"""What a job's title names: 'Health Reporter', 'Media and Communications Manager', 'Fractional CISO'."""
ROW_SPLIT = re.compile(r"\s+\|\s+")
TITLE_ROW_CELLS = 2
TITLE_CELL_WORDS = 7


def is_title_row(line: str) -> bool:
    """A signature's or a profile's row: a name, a job's title and an employer between bars ('Ben Okafor |
    Health Reporter | Mid Coast Mercury', 'Chief Digital Officer | Northern Rivers Private Health'). A
    sentence ends; such a row does not, and names a job. A row with a date or a time is a byline with its
    stamp ('Jane Doe | Chief Reporter | 3 May 2024'), which the header reads."""
    if " | " not in line or len(line) > 160 or ends_sentence(line) or DIGIT.search(line):
        return False
    cells = ROW_SPLIT.split(line)
    return (len(cells) >= TITLE_ROW_CELLS and line[:1].isupper()
            and all(cell and words(cell) <= TITLE_CELL_WORDS for cell in cells)
            and JOB.search(line) is not None)


PHONE = r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}"
"""A telephone number behind its label: two groups of digits are enough there ('(02) 5550 3381')."""
PHONE_CELL = rx(rf"^(?:[mtpfodw]|tel|ph|phone|mob|mobile|cell|fax|direct|office|work)\.?\s*:\s*{PHONE}$")
"""A labelled telephone number in a signature: 'M: 0412 555 318', 'T: (02) 5550 3381', 'Tel: +44 20 …'."""


def is_phone_row(line: str) -> bool:
    """'M: 0408 555 716 | T: (02) 5550 3381': a signature's numbers, each behind its label."""
    if len(line) > 120 or ":" not in line[:8]:
        return False
    return all(PHONE_CELL.match(cell) for cell in ROW_SPLIT.split(line))
