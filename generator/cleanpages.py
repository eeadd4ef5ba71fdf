"""Pages of other kinds than a news site's article: what a broadcaster's video page, a news aggregator, a
browser's print view, a newspaper's e-paper, a web archive's copy, an aid group's report, a wire's page, a
campaign's blog and a mobile page that loads more as the reader scrolls put around the story, whatever the
story (a parliament's verbatim record is `generator.cleanrecord`'s).

Line rules (`generator.cleanrules` lists them among its own, RECORD_RULES): a player's and a reading tool's
controls, a print view's running lines, an e-paper's page heads, teasers, jumps and captions, an
aggregator's link to the source and its disclaimer, a feed reader's keyboard shortcuts, a web archive's
address line, a map's alt text and disclaimer, a wire's update note, a blog's post line, a video's view
count, its transcript's sound cues and its channel's pointer to the description. Block rules
(`generator.clean` calls them in its neighbours stage, like `generator.cleanblocks`): a web archive's
toolbar above the page, the section label under an e-paper's page head, a browser's print header beside its
footer, an advertisement printed among the columns, an aggregator's or a feed reader's cards (with their
teasers), a site's menu at the top, a petition's and a donation's box, a pull quote that repeats the story's
words; and, once the header is known, the next article a page loaded under the story. Each rule tests a
cheap cue (a word, a character) before its pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from generator import cleanrecord as record
from generator.cleanshapes import (
    DATE,
    HAS_DATE,
    REPORTING,
    WEEKDAY,
    Line,
    caption_shaped,
    ends_sentence,
    rx,
    words,
)

# --- a video player and a reading tool ------------------------------------------------------------

PLAYER_NOTE = rx(r"^(?:watch|listen to|see|play|hear) (?:the |our |this )?",
                 r"(?:full |whole |complete |extended |latest )?(?:report|video|interview|broadcast|bulletin",
                 r"|clip|segment|programme|program|episode|package)",
                 r"(?: in the (?:video |audio )?player(?: above| below)?| above| below)[.!]?$")
"""'Watch the full report in the player above.': the page pointing at its player."""
SPEED = rx(r"^(?:(?:playback |reading |audio )?speed\s*:?\s*)?\d(?:[.,]\d{1,2})?\s?[x×]$")
"""A player's speed control: 'Speed 1x', '1.5x'."""
VOICE = rx(r"^(?:voice|narrator|read by)\s*:\s*(?-i:[A-Z][\w'-]*)(?: (?-i:[A-Z][\w'-]*))?\s*\([^()]{2,40}\)$")
"""A text-to-speech tool's voice: 'Voice: Amani (English, Kenya)'."""
POWERED_BY = rx(r"^(?:audio |text-to-speech |voice |player |listening )?(?:is )?powered by ",
                r"(?-i:[A-Z])[\w.-]*(?: (?-i:[A-Z])[\w.-]*){0,2}\.?$")
"""The tool's maker under it: 'Powered by SautiReader' (a name, alone on its line)."""
LISTEN = rx(r"^(?:listen to (?:this |the )?(?:article|story|report)|play (?:the )?audio(?: version)?)$")
"""A text-to-speech tool's button: 'Listen to article' ('Listen to the minister's speech below.' is a
sentence)."""


def is_player_control(line: str) -> bool:
    """'Watch the full report in the player above.', 'Speed 1x', 'Voice: Amani (English, Kenya)', 'Powered
    by SautiReader', 'Listen to article': a video player's or a text-to-speech tool's controls and notes."""
    if len(line) > 100:
        return False
    lowered = line.lower()
    if "above" in lowered or "below" in lowered or "player" in lowered:
        return PLAYER_NOTE.match(line) is not None
    if line[-1:] in "xX×":
        return SPEED.match(line) is not None
    if "(" in line and ":" in line:
        return VOICE.match(line) is not None
    if lowered.startswith(("listen", "play")):
        return len(line) <= 30 and LISTEN.match(line) is not None
    return "powered by" in lowered and POWERED_BY.match(line) is not None


# --- a browser's print view, an e-paper's pages -----------------------------------------------------

PRINT_FOOTER = re.compile(r"^(?:https?://|www\.)\S+\s+\d{1,3}/\d{1,3}$")
"""What a browser prints at the foot of each page: the page's address and 'page/pages' ('https://… 1/2')."""
PRINTED_FROM = rx(r"^printed (?:from|on|via|at) (?:https?://)?[\w-]+(?:\.[\w-]+)+\S*(?: (?:on|at) .{1,40})?$")
"""A print view's note: 'Printed from example.org on 10/03/2026, 17:26'."""
PRINT_HEADER = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?: ?[AaPp][Mm])?\s+\S")
"""What a browser prints at the head of each page: the date and time, then the page's title."""
CELLS = re.compile(r"\s+[|·•]\s+")
PAGE_CELL = rx(r"^(?:page|p\.|pg\.?|seite|página|pagina|strona)\s*[a-z]?\d{1,3}$")
ISSUE_CELL = rx(r"^(?:no\.?|vol\.?|volume|issue|edition|number)\s*#?\d[\d,.]*$")
PRICE_CELL = rx(r"^(?:(?:ksh|kes|sh|ush|tsh|r|n|€|£|\$|usd|eur|gbp|zł|kč)\s?\d[\d.,]*",
                r"|\d[\d.,]*\s?(?:€|£|zł|kč|ksh))$")
DAY_CELL = rx(rf"^(?:{WEEKDAY},?\s+)?{DATE}$")
EDITION_CELL = rx(r"^(?:e-?paper|e-?edition|digital edition|print edition|today'?s paper)$")
UPPER = re.escape("".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper()))
"""The capital letters of the Latin scripts ('Ö', 'Ő', 'Č'): a paper's name in capitals may have accents."""
CAPITALS = rf"(?-i:[{UPPER}][{UPPER}'&.-]*(?: [{UPPER}][{UPPER}'&.-]*){{0,5}})"
RUNNING_HEAD = rx(rf"^(?:\d{{1,3}} {CAPITALS},? (?:{WEEKDAY},? )?{DATE}",
                  rf"|{CAPITALS},? (?:{WEEKDAY},? )?{DATE} \d{{1,3}})$")
"""A newspaper page's running head: the page number, the paper's name in capitals and the date ('4 THE
EXAMPLE HERALD, Thursday, March 12, 2026', 'THE NATION, Thursday, March 12, 2026 7')."""
TEASER = re.compile(r"^[A-Z]{3,}(?: [A-Z]{2,}){0,2}:\s.{3,150}\s(?:PAGE|Page|P\.|Pg\.?|p\.)\s?\d{1,3}$")
"""A front page's pointer to another story inside: 'INSIDE: Budget ceiling set PAGE 12'."""
JUMP = rx(r"^\(?(?:(?:story |article )?(?:continued|continues|cont'?d\.?|cont\.) (?:on|from|to) ",
          r"|(?:turn|go) to |see |from )(?:page|p\.|pg\.?) ?[a-z]?\d{1,3}[a-z]?\)?[.:]?$")
"""Where a story goes on or comes from in a newspaper: 'Continued on Page 4', 'From Page 1'."""
JUMP_ARROWS = "▸▶►→»›◂◀◄←«‹ "
"""The arrows a page sets beside a jump: 'Continued on page 4 ▸', '◂ TISZA from page 1'."""
JUMP_SLUG = re.compile(rf"^{CAPITALS} (?=(?:continued )?from )", re.IGNORECASE)
"""The story's word in capitals that a jump on the next page repeats: 'TISZA from page 1'."""
EDITION_PROMO = rx(r"\bread (?:the|today'?s|this|our) (?:full |whole |complete |digital |print |e-?paper )*",
                   r"(?:edition|e-?paper|newspaper|paper)\b")
"""'Read the full edition on our app': the e-paper's advertisement for itself."""


def is_print_line(line: str) -> bool:
    """A browser's print footer ('https://example.org/… 1/2'), a print view's note ('Printed from
    example.org on …'), an e-paper's page head ('ePaper | The Example Herald | Thursday, 12 March 2026 |
    Page 4', 'Thursday, March 12, 2026 | No. 22,418 | KSh 80') or running head ('4 THE EXAMPLE HERALD,
    Thursday, March 12, 2026')."""
    if len(line) > 400:
        return False
    if line[-1:].isdigit() and "/" in line[-8:] and PRINT_FOOTER.match(line):
        return True
    if line[:1] in "Pp" and PRINTED_FROM.match(line):
        return True
    if "|" in line or "·" in line or "•" in line:
        return _page_head(CELLS.split(line))
    numbered = line[:1].isdigit() or line[-1:].isdigit()
    return numbered and len(line) <= 120 and RUNNING_HEAD.match(line) is not None


def _page_head(cells: list[str]) -> bool:
    """The cells of a page head: a date, and the page, the issue's number or its price; no sentence."""
    if len(cells) < 2 or any(words(cell) > 6 or ends_sentence(cell) for cell in cells):
        return False
    dated = any(DAY_CELL.match(cell) for cell in cells)
    marked = any(PAGE_CELL.match(cell) or ISSUE_CELL.match(cell) or PRICE_CELL.match(cell)
                 or EDITION_CELL.match(cell) for cell in cells)
    return dated and marked


def is_jump(line: str) -> bool:
    """'Continued on Page 4', 'From Page 1', '(Continued from page 1)', 'Continued on page 4 ▸', '◂ TISZA
    from page 1': where the story goes on, with its arrow and its word in capitals."""
    if len(line) > 50 or words(line) > 8:
        return False
    if line[:1] in JUMP_ARROWS or line[-1:] in JUMP_ARROWS:
        line = line.strip(JUMP_ARROWS)
    if " from " in line:
        slug = JUMP_SLUG.match(line)
        line = line[slug.end():] if slug else line
    if len(line) > 40 or words(line) > 6:
        return False
    lowered = line.lower()
    return ("page" in lowered or "p." in lowered or "pg" in lowered) and JUMP.match(line) is not None


def is_edition_promo(line: str) -> bool:
    """'INSIDE: Budget ceiling set PAGE 12', 'Read the full edition on our app': a front page's teaser, the
    e-paper's advertisement for itself."""
    if len(line) > 200:
        return False
    if line[-1:].isdigit() and TEASER.match(line):
        return True
    if words(line) > 20 or not ("dition" in line or "aper" in line or "DITION" in line or "APER" in line):
        return False
    lowered = line.lower()
    return ("edition" in lowered or "paper" in lowered) and EDITION_PROMO.search(line) is not None \
        and REPORTING.search(line) is None


# --- an aggregator, a web archive, a report's map --------------------------------------------------

DOMAIN = r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?"
OPEN_AT = rx(r"^(?:open|read|view|visit|continue reading",
             r"|read (?:the )?(?:full|whole|original) (?:story|article))",
             rf"(?: it| this| more| (?:the )?(?:story|article))? (?:at|on) {DOMAIN}$")
"""An aggregator's link to the story on its source: 'Open at example.org'."""
AGGREGATED = rx(r"\b(?:displays?|shows?|presents?|republishes|carries) this ",
                r"(?:story|article|content|report) ",
                r"(?:as (?:it was )?(?:published|provided|written)|exactly as)\b",
                r"|\bdid not write or edit (?:it|this)\b")
"""An aggregator's disclaimer: 'X displays this story as published by the source. X did not write or edit
it.'."""
AGGREGATED_CUES = ("publish", "provided", "written", "exactly as")
ARCHIVED = rx(r"web\.archive\.org/web/\d|^the wayback machine\b")
"""A web archive's line above the copy: 'The Wayback Machine - https://web.archive.org/web/2026…/…'."""
ALT_TEXT = rx(r"^(?:image|photo|picture|graphic|figure)\s*:\s*(?:a |an |the )?",
              r"(?:map|logo|chart|graph|diagram|infographic|screenshot|photograph|illustration)",
              r" (?:of|showing|with|for)\b")
"""A picture's description where the picture was: 'Image: Map of the lake showing …'."""
MAP_NOTE = rx(r"\b(?:boundaries|designations?|names shown)\b.{0,160}\bdo(?:es)? not imply ",
              r"(?:(?:any )?official )?(?:endorsement|acceptance|the expression of any opinion)\b")
"""The disclaimer under a report's map: 'The boundaries and names shown … do not imply official
endorsement …'."""


def is_source_link(line: str) -> bool:
    """'Open at example.org': an aggregator's link to the story's source."""
    return len(line) <= 160 and "." in line and OPEN_AT.match(line) is not None


def is_page_notice(line: str) -> bool:
    """An aggregator's disclaimer, or the disclaimer under a report's map."""
    if words(line) > 60:
        return False
    lowered = line.lower()
    if "this" in lowered and any(cue in lowered for cue in AGGREGATED_CUES) or "write or edit" in lowered:
        if AGGREGATED.search(line):
            return True
    return "not imply" in lowered and MAP_NOTE.search(line) is not None


def is_archive_line(line: str) -> bool:
    """'The Wayback Machine - https://web.archive.org/web/…': the archive's line above its copy."""
    return len(line) <= 400 and ("archive" in line or "Wayback" in line) and ARCHIVED.search(line) is not None


def is_alt_text(line: str) -> bool:
    """'Image: Map of Lake X showing …', 'Image: Logo of the County Government': a picture's description."""
    return ":" in line[:12] and words(line) <= 40 and ALT_TEXT.match(line) is not None


# --- a wire's page, a blog's post, a video page, an e-paper's caption --------------------------------

UPDATE_HISTORY = rx(r"^\((?:adds?|updates?|recasts?|corrects?|changes?|rewrites?|refiles?|removes?|inserts?",
                    r"|fixes|clarifies|tops?|writes through)\b[^()]{0,200}\)\.?$")
UPDATE_CUES = ("paragraph", "para ", "paras", "graf", "headline", "byline", "dateline", "throughout",
               "detail",
               "background", "quote", "comment", "toll", "figure", "link", "photo", "video", "reaction",
               "context", "spelling", "typo")
"""What a wire's update note says it changed: the paragraphs, the headline, the quotes, the toll."""


def is_update_history(line: str) -> bool:
    """'(Adds minister's comment in paragraphs 5-6, updates fish death toll in paragraph 3)': a wire's
    note on what changed since its last version. A sentence in brackets that says what someone adds ('(The
    company adds that …)') names no part of the story."""
    if line[:1] != "(" or not line.endswith((")", ").")):
        return False
    lowered = line.lower()
    return any(cue in lowered for cue in UPDATE_CUES) and UPDATE_HISTORY.match(line) is not None


MARKET_DELAY = rx(r"^(?:all )?(?:stock |market |price )?(?:quotes|quotations|market data|prices|data) ",
                  r"(?:are |is )?delayed (?:by )?(?:a minimum of |at least |up to )?",
                  r"\d{1,2} ?(?:minutes|mins)\b")
"""A financial site's footer: 'All quotes delayed a minimum of 15 minutes.' (the quotes are share prices)."""
SIGN_UP_HERE = rx(r"^(?:sign up|subscribe|register|join) (?:here|now|today|for free)[.!]?$")
"""The link under a newsletter's offer: 'Sign up here.'."""


def is_market_delay(line: str) -> bool:
    return words(line) <= 15 and "delayed" in line and MARKET_DELAY.match(line) is not None


def is_sign_up_link(line: str) -> bool:
    return words(line) <= 4 and line[:4].lower() in ("sign", "subs", "regi", "join") \
        and SIGN_UP_HERE.match(line) is not None


NAME = r"(?-i:[A-Z])[\w'.-]*(?: (?-i:[A-Z])[\w'.-]*){0,3}"
POSTED = rx(rf"^posted (?:on )?{DATE}(?:,? at \d{{1,2}}[:.]\d\d(?: ?[ap]\.?m\.?)?)? by {NAME}",
            rf"|^posted by {NAME},? (?:on )?{DATE}")
READ_TIME = rx(r"^\d{1,3} ?min(?:ute)?s?(?: read)?$")


def is_post_line(line: str) -> bool:
    """'Posted 18 March 2026 by Noémi Lakatos · 7 min read': a blog's line under the post's title, its date,
    its author and its reading time."""
    if len(line) > 120 or not line[:6].lower() == "posted":
        return False
    cells = CELLS.split(line)
    return POSTED.fullmatch(cells[0]) is not None and all(READ_TIME.match(cell) for cell in cells[1:])


AGO = r"\d{1,3} (?:second|minute|hour|day|week|month|year)s? ago"
VIEWS = rx(r"^\d[\d,.]*\s?[kmb]? (?:views|watching(?: now)?|plays)",
           rf"(?:\s*[·•|]?\s*(?:{DATE}|{AGO}|#[\w-]+|(?:streamed|premiered) {AGO}))*$")
"""A video's view count, with its date or age and its hashtags: '12,417 views Mar 21, 2026 #Tisza',
'89K views · 3 years ago'."""


def is_view_count(line: str) -> bool:
    return len(line) <= 120 and line[:1].isdigit() and (" views" in line or " watching" in line) \
        and VIEWS.match(line) is not None


SOUND = re.compile(r"^\[[A-Z][a-z]+(?: [A-Za-z]+){0,2}\]$")
"""A transcript's cue for what is not words, or for a language spoken: '[Music]', '[Romanian]'."""
MORE = rx(r"^(?:…|\.\.\.) ?(?:more|show more)$")
"""The button that opens a video's description: '…more'."""
DESCRIPTION_LINKS = rx(r"\blinks? (?:is |are )?(?:down )?(?:in|below in) the description\b",
                       r"|\bin the description (?:box )?below\b|\bcheck (?:out )?the description\b")
"""A video's pointer to the links under it: '… links are in the description'."""


def is_sound_cue(line: str) -> bool:
    """'[Music]', '[Romanian]': a transcript's cue for a sound, or for the language a speaker uses."""
    return line[:1] == "[" and len(line) <= 30 and SOUND.match(line) is not None


def is_more_button(line: str) -> bool:
    """'…more': the button that opens a video's description."""
    return len(line) <= 14 and "more" in line and MORE.match(line) is not None


def is_description_pointer(line: str) -> bool:
    """'… collecting money for the fishermen links are in the description': the channel pointing at the
    links under its video (the story's 'the description of the decree' points at nothing)."""
    return words(line) <= 40 and "description" in line and DESCRIPTION_LINKS.search(line) is not None


VIDEO_ACTIONS = frozenset(("skip navigation", "create", "download", "clip", "save", "thanks", "remix",
                           "view all", "show all", "search in video", "show transcript", "like", "dislike",
                           "f", "in"))
"""A video page's and a share bar's buttons alone on a line ('Download', 'Clip', 'f' for Facebook's icon):
buttons when their neighbours are buttons (`generator.clean` asks)."""
LIKES = re.compile(r"^\d[\d.,]*[KkMm]?$")


def is_page_action(line: str) -> bool:
    """'Download', 'Clip', 'Search in video', '2.1K' (a count of likes): one of a page's buttons, if its
    neighbours are buttons."""
    return len(line) <= 16 and (line.lower() in VIDEO_ACTIONS or LIKES.match(line) is not None)


DOTTED_STAMP = re.compile(r"^\d{1,2}\. ?\d{1,2}\. ?\d{4}\.?(?:,? \d{1,2}[:.]\d{2}(?: ?h)?)?$")
"""A date and time as Central European pages write them: '24. 3. 2026. 08:15'."""


SHORTCUTS = rx(r"^keyboard shortcuts?\s*[:(]")
"""A reader's or a viewer's list of its keys: 'Keyboard shortcuts: j/k next/previous · m mark as read'."""


def is_shortcuts(line: str) -> bool:
    return line[:1] in "Kk" and words(line) <= 40 and SHORTCUTS.match(line) is not None


def is_dotted_stamp(line: str) -> bool:
    return len(line) <= 24 and line[:1].isdigit() and ". " in line and DOTTED_STAMP.match(line) is not None


PAPER_CAPTION = rx(r"^(?:photo|picture|pic|foto|photograph)s?\s*:\s*\S.{10,400}",
                   r"\((?:[^()/]{1,40} ?/ ?){1,2}[^()/]{1,40}\)\.?$")
"""A printed paper's caption: its label, the caption and the picture's credit in brackets ('PHOTO: Volunteers
load dead fish … (Courier / Jane Doe)')."""


def is_paper_caption(line: str) -> bool:
    return ":" in line[:12] and line.endswith((")", ").")) and "/" in line \
        and PAPER_CAPTION.match(line) is not None


RECORD_RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    *record.RULES,
    ("update note", is_update_history),  # '(Adds minister's comment in paragraphs 5-6, …)'
    ("market data", is_market_delay),  # 'All quotes delayed a minimum of 15 minutes.'
    ("subscription prompt", is_sign_up_link),  # 'Sign up here.'
    ("byline", is_post_line),  # 'Posted 18 March 2026 by Jane Doe · 7 min read'
    ("view count", is_view_count),  # '12,417 views Mar 21, 2026 #Tisza', '89K views · 3 years ago'
    ("sound or language cue", is_sound_cue),  # '[Music]', '[Romanian]'
    ("page interface text", is_more_button),  # '…more'
    ("channel's promotion", is_description_pointer),  # '… links are in the description'
    ("timestamp", is_dotted_stamp),  # '24. 3. 2026. 08:15'
    ("page interface text", is_shortcuts),  # 'Keyboard shortcuts: j/k next/previous · m mark as read'
    ("photo caption", is_paper_caption),  # 'PHOTO: … (Courier / Jane Doe)'
)
"""Line rules for the kinds of page this module (and `generator.cleanrecord`) knows, as (reason, test),
tried after the general rules of `generator.cleanrules` (which appends them to its RULES)."""
RECORD_LONG_KINDS: frozenset[str] = record.LONG_KINDS | {"update note"}
"""The reasons of RECORD_RULES that a line longer than `cleanshapes.SHORT` may have."""


# --- blocks -----------------------------------------------------------------------------------------

TOOLBAR_TOP = 5
"""Lines from the top within which a web archive's line starts its toolbar."""
TOOLBAR_REACH = 40
TOOLBAR_END = rx(r"^(?:timestamps|about this capture|collected by|organi[sz]ation: .{1,60}",
                 r"|these crawls are part of .{1,160}|\d[\d,]* captures?|(?:success|fail)"
                 r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}",
                 r" - \d{1,2} \w+ \d{4})$")
"""The lines of a web archive's toolbar: its captures, their dates, what collected them."""


def archive_toolbar(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Under a web archive's line at the top ('The Wayback Machine - https://web.archive.org/…'), every line
    down to the last of its toolbar's own ('4 captures', 'About this capture', 'TIMESTAMPS'): the copied
    address, the calendar's months and years, its buttons."""
    start = next((i for i in range(min(TOOLBAR_TOP, len(lines))) if reasons.get(i) == "web archive banner"),
                 None)
    if start is None:
        return {}
    last = max((i for i in range(start, min(start + TOOLBAR_REACH, len(lines)))
                if TOOLBAR_END.match(lines[i].text)), default=start)
    # The range of its captures' dates is no timestamp of the article's.
    return {i: "web archive banner" for i in range(start + 1, last + 1)
            if (i not in reasons or reasons[i] == "timestamp")
            and (caption_shaped(lines[i].text) or TOOLBAR_END.match(lines[i].text))}


PAGE_LABEL_WORDS = 3


def page_heads(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Right under an e-paper's page head, the page's section in capitals ('NEWS'); under a browser's print
    footer, the print header of the next page ('10/03/2026, 17:26 Title | Site')."""
    found: dict[int, str] = {}
    for i in (i for i, reason in reasons.items() if reason == "page header or footer"):
        j = i + 1
        while j < len(lines) and not lines[j].gap:
            text = lines[j].text
            head_above = reasons.get(j - 1, found.get(j - 1)) == "page header or footer"
            if j not in reasons and head_above and words(text) <= PAGE_LABEL_WORDS and text.isupper() \
                    and caption_shaped(text):
                found[j] = "page header or footer"
            elif j not in reasons and PRINT_HEADER.match(text) and caption_shaped(text) \
                    and PRINT_FOOTER.match(lines[i].text):
                found[j] = "page header or footer"
            elif j not in reasons:
                break
            j += 1
    return found


AD_CUES = rx(r"\bt ?& ?cs? apply\b|\bterms (?:and|&) conditions apply\b|\bdial \*\d+#",
             r"|\b(?:is|are) (?:authori[sz]ed and )?regulated by the\b|\bmember fdic\b|\bcapital at risk\b",
             r"|\b(?:tel|phone|call|mob)\.?:? ?\(?\+?\d[\d ()/.-]{6,}\d",
             r"|(?:^|\s)[–-] ?\d{1,2} ?%|\b\d{1,2} ?% off\b",
             r"|\b(?:kft|ltd|llc|gmbh|s\.r\.l|d\.o\.o|plc)\.?$")
"""An advertisement's small print, its offer and its address: 'T&Cs apply', 'Dial *483# to start', 'X is
regulated by the Central Bank', 'Tel. (06 45) 555 218', '–20% on all pumps', a firm's name ('AGRO KFT.')."""
AD_CUE_WORDS = ("apply", "dial", "regulated", "fdic", "at risk", "tel", "phone", "call", "mob", "%", "kft",
                "ltd", "llc", "gmbh", "s.r.l", "d.o.o", "plc")
AD_BLOCK = 8
AD_WORDS = 20


def advertisement_blocks(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """A block of short lines (between blank lines, or between paragraphs of the story where a paper's page
    set the advertisement among its columns) with two lines of an advertisement's small print or more
    ('Dial *483# to start. T&Cs apply.', 'X Bank is regulated by the Central Bank of Kenya.', a phone
    number and a discount): the whole block is the advertisement, its name and slogan with it. A block
    that goes on a line in lower case (a column of text), lists items or reports what someone said is the
    story's."""
    found: dict[int, str] = {}
    for block in _blocks(lines):
        run: list[int] = []
        for i in [*block, None]:
            if i is not None and (i in reasons or words(lines[i].text) <= AD_WORDS):
                run += [i] if i not in reasons else []
                continue
            if 2 <= len(run) <= AD_BLOCK and sum(_ad_cue(lines[j].text) for j in run) >= 2 \
                    and all(_ad_line(lines[j]) for j in run):
                found.update(dict.fromkeys(run, "advertisement"))
            run = []
    return found


def _ad_cue(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in AD_CUE_WORDS) and AD_CUES.search(text) is not None


def _ad_line(line: Line) -> bool:
    """A line an advertisement's block may have: short, no list's item, not a column's line in lower case,
    nobody's words reported."""
    text = line.text
    return (words(text) <= AD_WORDS and line.raw == text and not text[:1].islower()
            and REPORTING.search(text) is None)


AGE = rx(r"^(?:\d{1,3}\s?(?:s|m|h|d|w|mins?|hrs?|(?:second|minute|hour|day|week|month)s?) ago|\d{1,3}[smhdw]",
         r"|yesterday|today|just now|an? (?:minute|hour|day|week) ago)$")
CARD_SOURCE = re.compile(r"^[A-Z0-9][\w'&.-]*(?: [\w'&.–-]+){0,5}$")


def is_card_stamp(text: str) -> bool:
    """'Example TV · Yesterday', 'The Herald · Opinion · 9 hours ago', 'Example Chronicle – Sport · 7h': a
    news card's source (a feed's name) and age."""
    if "·" not in text or len(text) > 100:
        return False
    cells = CELLS.split(text)
    return len(cells) >= 2 and AGE.match(cells[-1]) is not None \
        and all(CARD_SOURCE.match(cell) for cell in cells[:-1])


CARDS = 2
CARD_HEADLINE = 4
"""Fewest words of a card's headline (a reader's short comment under a name and an age is no headline)."""


def card_runs(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Two news cards or more in a row (no blank line between): a source and age line ('Example TV ·
    Yesterday') then a headline, and the teaser under it cut short ('… and offered to send experts…'), as an
    aggregator or a feed reader lists other outlets' stories (the reader's labels between the cards, 'Unread',
    stay as the rules said)."""
    found: dict[int, str] = {}
    if not any("·" in line.text for line in lines):
        return found  # no card's stamp: a plain look is quicker than the walk
    i = 0
    while i < len(lines):
        run: list[int] = []
        cards, j = 0, i
        while (end := _card(lines, reasons, j)) is not None and (not run or not lines[j].gap):
            run += range(j, end + 1)
            cards, j = cards + 1, end + 1
            while j < len(lines) and j in reasons and not lines[j].gap:
                j += 1  # a label of the reader's between two cards
        if cards >= CARDS:
            found.update(dict.fromkeys((k for k in run if k not in reasons), "cross-promotion link"))
        i = max(j, i + 1)
    return found


def _card(lines: Sequence[Line], reasons: dict[int, str], i: int) -> int | None:
    """The last line of a card at line `i` (its stamp, a headline right under it, and its teaser cut short
    under that, if any); None when no card starts there."""
    if not (i + 1 < len(lines) and i not in reasons and i + 1 not in reasons and not lines[i + 1].gap
            and is_card_stamp(lines[i].text) and _card_headline(lines[i + 1].text)):
        return None
    teaser = i + 2
    cut = teaser < len(lines) and teaser not in reasons and not lines[teaser].gap \
        and lines[teaser].text.endswith(("…", "..."))
    return teaser if cut else i + 1


def _card_headline(text: str) -> bool:
    return words(text) >= CARD_HEADLINE and text[:1].isupper() and caption_shaped(text)


QUOTATION = re.compile(r'^"([^"]{10,400})"$')
PULL_WORDS = 4


def pull_quotes(lines: Sequence[Line], reasons: dict[int, str], top: int | None) -> dict[int, str]:
    """A line that is one quotation of words the story says in a longer line of its own: a magazine's pull
    quote, set again in large type. (Not the line right under the headline: a quotation there is the
    dek.)"""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if line.text[:1] != '"' or i in reasons or top is not None and i <= top + 1:
            continue
        quoted = QUOTATION.match(line.text)
        core = quoted.group(1).rstrip(".,;:!?… ") if quoted else ""
        if words(core) < PULL_WORDS:
            continue
        if any(j != i and j not in reasons and len(other.text) > len(line.text) and core in other.text
               for j, other in enumerate(lines)):
            found[i] = "pull quote"
    return found


def _blocks(lines: Sequence[Line]) -> list[range]:
    """The runs of lines between blank lines."""
    starts = [0] + [i for i in range(1, len(lines)) if lines[i].gap] + [len(lines)]
    return [range(a, b) for a, b in zip(starts, starts[1:], strict=False) if b > a]


PETITION_BUTTON = rx(r"^(?:sign|add your name to) (?:the|our|this) petition[.!]?$",
                     r"|^(?:sign now|add your name)[.!]?$")
PETITION_MARK = rx(r"^petition:?$|\b(?:people|supporters|others) (?:have )?signed\b|\b\d[\d,.]* signatures\b")
"""A petition box's heading or its count: 'PETITION', '48,213 people have signed. Help us reach 50,000!'."""
BOX_LINES = 8
BOX_WORDS = 20


def petition_boxes(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """A block of short lines (between blank lines) with a petition's button ('Sign the petition') and its
    heading or its count of signatures: the campaign's box, its title with it ('Ban X in Y'). A story's
    'More than 48,000 people have signed a petition.' has no button beside it."""
    found: dict[int, str] = {}
    for block in _blocks(lines):
        free = [i for i in block if i not in reasons]
        if not 2 <= len(block) <= BOX_LINES or any(words(lines[i].text) > BOX_WORDS for i in free):
            continue
        texts = [lines[i].text for i in block]
        if not any("etition" in t or "our name" in t or "ign now" in t for t in texts):
            continue  # no petition's word: a plain look is quicker than the patterns
        if any(len(t) <= 40 and PETITION_BUTTON.match(t) for t in texts) \
                and any(PETITION_MARK.search(t) for t in texts):
            found.update(dict.fromkeys(free, "petition box"))
    return found


AMOUNT = rx(r"^(?:[€$£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|eur|usd|gbp|Ft|lei|din))(?: \S.{0,40})?$")
"""A donation box's amount, alone or with what it buys: '€25', '€10 protects 1 m of river'."""
AMOUNT_WORDS = 8
DONATE = rx(r"\b(?:donate|donation|other amount|give (?:now|today|monthly|once))\b")
AMOUNTS = 2


def donation_boxes(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """A block of short lines (between blank lines) with two amounts or more ('€25', '€10 protects 1 m of
    river') and a donation's button or choice ('Donate now', 'Other amount'): an appeal for money, its
    pitch with it ('Every euro keeps our boats on the river'). A story's list of costs has no button."""
    found: dict[int, str] = {}
    for block in _blocks(lines):
        free = [i for i in block if i not in reasons]
        if not 3 <= len(block) <= BOX_LINES or any(words(lines[i].text) > BOX_WORDS for i in free):
            continue
        if not any(DONATE.search(lines[i].text) for i in block):
            continue
        amounts = sum(words(lines[i].text) <= AMOUNT_WORDS and AMOUNT.match(lines[i].text) is not None
                      for i in block)
        if amounts >= AMOUNTS \
                and not any(REPORTING.search(lines[i].text) for i in free):
            found.update(dict.fromkeys(free, "donation appeal"))
    return found


NAVIGATION = frozenset(("page interface text", "section label", "navigation links", "breadcrumb trail"))
"""Reasons of a site's navigation: a run of short lines beside them at the top is the rest of its menu."""
MENU_ITEMS = 3
MENU_WORDS = 4
TRAIL = re.compile(r"\s+[›>»/]\s+")


def menu_runs(lines: Sequence[Line], reasons: dict[int, str]) -> dict[int, str]:
    """Above the story's first sentence, three short lines or more in a row ('Members', 'Legislation',
    'Search the records') beside a line of the site's navigation ('Home'): the rest of its menu, and the
    trail of sections under it ('Sittings and records › Verbatim records › …'). A headline and its dek are
    longer, a byline starts with 'By', a list of the story's has no menu beside it."""
    found: dict[int, str] = {}
    run: list[int] = []
    for i, line in enumerate(lines):
        free = i not in reasons
        if free and words(line.text) >= STORY_SENTENCE and ends_sentence(line.text):
            break  # the story has begun
        item = free and _menu_item(line.text)
        if item and run and not line.gap:
            run.append(i)
            continue
        found.update(_menu(lines, reasons, run))
        run = [i] if item else []
    found.update(_menu(lines, reasons, run))
    return found


def _menu(lines: Sequence[Line], reasons: dict[int, str], run: list[int]) -> dict[int, str]:
    """The run's lines, when they are enough and a line of navigation touches the run (no blank line)."""
    if sum(" › " not in lines[i].text for i in run) < MENU_ITEMS:
        return {}
    above, below = run[0] - 1, run[-1] + 1
    touches = (above >= 0 and not lines[run[0]].gap and reasons.get(above) in NAVIGATION
               or below < len(lines) and not lines[below].gap and reasons.get(below) in NAVIGATION)
    return dict.fromkeys(run, "navigation links") if touches else {}


def _menu_item(text: str) -> bool:
    """A menu's item ('Sittings and records'): a few words, a capital, no sentence, no byline; or a trail of
    such items ('Sittings and records › Verbatim records › Sitting 41')."""
    if " › " in text or " > " in text:
        cells = TRAIL.split(text)
        return len(cells) >= 3 and all(words(cell) <= 2 * MENU_WORDS and not ends_sentence(cell)
                                       for cell in cells)
    return (words(text) <= MENU_WORDS and text[:1].isupper() and caption_shaped(text)
            and not text.startswith("By ") and not any(c.isdigit() for c in text))


STORY_SENTENCE = 8
"""Words of the shortest line that counts as the story's first sentence."""


NEXT_BYLINE = re.compile(r"^By [A-Z][\w'.-]*(?: [\w'.-]+){0,3}$")
"""The byline of another article: 'By Jane Doe' (the story's 'By the time …' goes on in lower case)."""
STORY_ENDS = frozenset(("topic tags", "comments heading", "comment counter", "cross-promotion link"))
"""Reasons of lines that end an article on a news site: its tags, its comments' link, a list of others."""
NEXT_HEADLINE = 4
KICKER_WORDS = 3
NEXT_ARTICLE = "next article on the page"


def next_article(lines: Sequence[Line], reasons: dict[int, str], start: int) -> dict[int, str]:
    """Below the story's end (its tags, its comments' link, a list of other stories), a second article's
    header: a headline, its byline ('By …') and its date or time, as a page that loads the next article
    when the reader scrolls copies it. Every free line from that headline (and its section's label right
    above it) to the end is the other article's; its claims are not the story's."""
    end = next((i for i in range(start, len(lines)) if reasons.get(i) in STORY_ENDS), None)
    if end is None:
        return {}
    for i in range(end + 2, len(lines) - 1):
        if i in reasons or not lines[i].text.startswith("By ") or not NEXT_BYLINE.match(lines[i].text):
            continue
        head = i - 1
        if head in reasons or lines[i].gap or not _next_headline(lines[head].text) \
                or not _stamp(lines, reasons, i + 1):
            continue
        if _kicker(lines, reasons, head - 1, end):
            head -= 1
        return {j: NEXT_ARTICLE for j in range(head, len(lines)) if j not in reasons or j == head}
    return {}


def _kicker(lines: Sequence[Line], reasons: dict[int, str], i: int, end: int) -> bool:
    """The section's label in capitals right above the next article's headline ('ECONOMY')."""
    return i > end and not lines[i + 1].gap and lines[i].text.isupper() \
        and words(lines[i].text) <= KICKER_WORDS and reasons.get(i, "section label") == "section label"


def _next_headline(text: str) -> bool:
    return words(text) >= NEXT_HEADLINE and text[:1].isupper() and caption_shaped(text)


def _stamp(lines: Sequence[Line], reasons: dict[int, str], i: int) -> bool:
    """A date or a time under a byline: what the line rules call a timestamp, or a short line with a date."""
    return reasons.get(i) == "timestamp" or i not in reasons and words(lines[i].text) <= 8 \
        and HAS_DATE.search(lines[i].text) is not None
