"""What boilerplate looks like: the line rules of the cleaning stage, declared as data.

Each rule recognises a *kind* of line that a copy-paste from a news site carries (a photo credit, a
share prompt, a comment policy…), by its shape and its vocabulary — never by the text of a particular
article. A rule looks at one line alone; what depends on the neighbouring lines (a caption above a
credit, a repeated line, the headline) is decided in `generator.clean`.

The lines given to these functions are already normalised (`generator.clean.normalise`: straight
quotes, single spaces, no bullet) and stripped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache


def _rx(*parts: str) -> re.Pattern[str]:
    """A case-insensitive pattern written in several pieces (one alternative or step per piece)."""
    return re.compile("".join(parts), re.IGNORECASE)


def _starts(max_words: int, *patterns: re.Pattern[str]) -> Callable[[str], bool]:
    """A rule: a line of at most `max_words` words that one of the patterns matches from its start."""
    # The patterns as one alternation, which matches where one of them does: one call per line.
    flags = {p.flags for p in patterns}
    assert len(flags) == 1, "the patterns of a rule share their flags"
    either = re.compile("|".join(f"(?:{p.pattern})" for p in patterns), flags.pop())
    return lambda line: words(line) <= max_words and either.match(line) is not None


def _any(options: str) -> str:
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
SHORT = 160
"""Longest line (in characters) that a UI string, a credit or a prompt can be."""

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
         r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?"
DATE = (r"(?:\d{4}-\d{2}-\d{2}"  # 2023-01-26
        r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"  # 26/01/2023
        rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # January 26, 2023
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}})")  # 26 Jan 2023
HAS_DATE = re.compile(DATE, re.IGNORECASE)
DATELINE_PREFIX = re.compile(
    rf"^(?P<dateline>(?:(?:date|dated|published|posted)\s*:?\s*)?{DATE})(?:\s*[,|:·–—-]\s*|\s+)(?=\S)",
    re.IGNORECASE)
"""A date written before the headline on the same line, e.g. 'date 2024-03-02 Floods in the north'."""

# --- vocabulary -----------------------------------------------------------------------------------

PHOTO_AGENCY = _any("getty_images getty shutterstock alamy istockphoto istock flash_?90 unsplash pexels "
                    "wikimedia_commons wikimedia nurphoto zuma_press zuma sopa_images abacapress abaca "
                    "sipa_press sipa pa_images pa_media pa_wire epa-efe epa anadolu_agency anadolu")
"""Photo agencies and picture libraries: a short line naming one is a credit."""
WIRE = _any("reuters ap afp associated_press the_associated_press agence_france-presse dpa efe ansa xinhua "
            "tass bloomberg upi agencies news_agencies staff_and_agencies wire_services")
"""News agencies: alone on a line, a credit under a caption or the story's source."""
AGENCY = rf"(?:{PHOTO_AGENCY}|{WIRE})"
PHOTO_WORD = _any("photo photograph picture pic image illustration graphic map screenshot screengrab footage")
NETWORK = _any("facebook twitter x instagram telegram whatsapp youtube tiktok linkedin threads mastodon "
               "bluesky reddit pinterest snapchat flipboard google_news rss social_media spotify "
               "apple_podcasts")
TIMEZONE = _any("gmt utc z bst cet cest eet eest ist idt est edt cst cdt mst mdt pst pdt et pt ct mt jst "
                "aest aedt msk") + r"(?:[+−-]\d{1,2}(?::?\d\d)?)?"
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


def dateline_prefix(line: str) -> tuple[str, str] | None:
    """('date 2024-03-02', 'Floods in the north') for a headline with a date in front, else None."""
    match = DATELINE_PREFIX.match(line)
    if not match or not LETTER.search(line[match.end():]):
        return None
    return match.group("dateline").strip(), line[match.end():].strip()


# --- one rule per kind of line --------------------------------------------------------------------

CREDIT_WORD = rf"(?:(?:(?:\w+ )?{PHOTO_WORD}s?(?: credits?)?|credits?)\s*(?::|\bby\b))"
"""'Photo:', 'AP Photo by', 'Photo credit:', 'Credit:' — what a credit starts with."""
CREDIT_LEAD = _rx(rf"^(?:{CREDIT_WORD}|courtesy\b)\s*\S")
CREDIT_SLASH = _rx(rf"\b(?:{AGENCY}|{PHOTO_WORD})\b.*/", rf"|/.*\b{AGENCY}\b")
CREDIT_AGENCY = _rx(rf"\b{PHOTO_AGENCY}\b")
CREDIT_VIA = _rx(rf"\bvia {AGENCY}$")
CREDIT_ALONE = _rx(r"^(?:illustrative(?: photo| image)?|file(?: photo| picture| image)?",
                   r"|stock (?:photo|image)|photo illustration|archive(?: photo)?|screenshot",
                   r"|handout(?: photo)?",
                   r"|(?:photo|image|picture)s? (?:via|from) .+)$")
TRAILING_CREDIT = re.compile(r"[(\[]([^()\[\]]{1,150})[)\]][.\s]{0,2}$")
TAIL = 240
"""The trailing credit patterns match at most this many characters: only a line's end is searched."""
"""A bracketed credit at the end of a caption: 'Crowds in Jenin. (AP Photo/Jane Doe)'."""
TRAILING_LABEL = _rx(rf"(?:[.!?]\s+|\s[-–—|]\s*){CREDIT_WORD}\s*[^.]{{1,80}}$")
"""An unbracketed credit after a caption: 'Crowds in Jenin. Photograph: Jane Doe/Reuters'."""
TRAILING_AGENCY = _rx(rf"[.!?]\s+[^.]{{0,60}}\b{PHOTO_AGENCY}$")
"""A picture library named after a caption: 'Crowds in Jenin. Jane Doe/Getty Images'."""
BARE_AGENCY = _rx(rf"^{WIRE}(?:\s*(?:and|&|,|/)\s*{WIRE})*$")
CAPS = "A-Z\u00c0-\u00de"
NAME = rf"[{CAPS}][a-z\u00df-\u00ff'][\w'.-]*"
"""A capitalised name: 'Jane', 'O'Neil', 'McCarthy' (not 'DC' in 'AC/DC')."""
WIRE_CREDIT = (rf"(?-i:[{CAPS}]{{2,}}(?:[ &-][{CAPS}]{{2,}})*/{NAME}(?: {NAME}){{0,3}})"
               r"(?:\s+purchase licensing rights)?")
"""A wire photo's credit, any agency: its name in capitals, a slash, the photographer ('MERIDIAN/Jane Doe'),
then the licensing button Reuters puts after it."""
WIRE_CREDIT_ALONE = _rx(rf"^{WIRE_CREDIT}$")
TRAILING_WIRE_CREDIT = _rx(rf"[.!?]\s+{WIRE_CREDIT}$")
"""A wire credit after a caption: 'Crowds in Jenin. REUTERS/Jane Doe Purchase Licensing Rights'."""


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
    slash = "/" in core and (CREDIT_SLASH.search(core) or WIRE_CREDIT_ALONE.match(core))
    return bool(slash or CREDIT_AGENCY.search(core) or (" via " in core.lower() and CREDIT_VIA.search(core)))


def is_credit(line: str) -> bool:
    """'(Photo: X)', 'Image: Reuters', 'Photo by X/Getty Images', 'REUTERS/Jane Doe', '(Flash90)'."""
    core = line.strip("()[] ")
    if line[:1] in "([" and line.rstrip(". ")[-1:] in ")]" and BARE_AGENCY.match(core):
        return True
    return credit_core(core)


def is_caption_with_credit(line: str) -> bool:
    """'Protesters in Nablus on Friday. (AP Photo/Jane Doe)': a caption with its credit at the end."""
    if len(line) > 600:
        return False
    tail = line[-TAIL:]
    match = TRAILING_CREDIT.search(tail)
    caption = line[: len(line) - len(tail) + match.start()].strip() if match else ""
    if match and words(caption) >= 2 and credit_core(match.group(1).strip()):
        return True
    if words(line) > 80:
        return False
    # Cheap tests first: the patterns are only tried where they can match.
    labelled = (":" in tail or " by " in tail.lower()) and TRAILING_LABEL.search(tail)
    # A (stripped) line ending with a credit ends with a letter or a digit: every PHOTO_AGENCY does.
    end = line[-100:]
    return bool(labelled or line[-1:].isalnum() and (TRAILING_AGENCY.search(end)
                                                     or "/" in end and TRAILING_WIRE_CREDIT.search(end)))


def caption_of(line: str) -> str:
    """The caption part of a caption-with-credit line (for spotting the caption repeated alone)."""
    tail = line[-TAIL:]
    match = TRAILING_CREDIT.search(tail) if len(line) <= 600 else None
    return line[: len(line) - len(tail) + match.start()].strip() if match else line


def is_agency(line: str) -> bool:
    """'Reuters', 'The Associated Press', 'Agencies': a credit under a caption, or a source label."""
    return bool(BARE_AGENCY.match(line.rstrip(" .|-–—")))


GALLERY = [
    _rx(r"^(?:\d+\s+)?(?:view|open|see|launch|expand)\s+(?:the\s+)?(?:photo\s+|image\s+)?",
        r"(?:gallery|slideshow)(?:\s*\(\d+\))?$"),
    _rx(r"^(?:\d+\s+)?(?:photo|image|picture)?\s*(?:gallery|slideshow)(?:\s*\(\d+(?: \w+)?\))?$"),
    _rx(r"^(?:(?:photo|image|picture|slide)s?\s*)?\d+\s*(?:of|/)\s*\d+$"),
    _rx(r"^(?:view|see|show)?\s*(?:all\s+)?\d+\s+(?:photos|images|pictures|slides)$"),
]


SOCIAL = [
    _rx(rf"^(?:follow|join|find|connect with|subscribe to|watch|listen to)\b.{{0,60}}\b(?:on|via|at)\s+"
        rf"(?:our\s+)?(?:{NETWORK})\b"),
    _rx(rf"^(?:follow|like|join|subscribe to)\s+(?:us|our\b.{{0,30}}\b(?:{NETWORK}|channel|page|group))"),
    _rx(r"^(?:share|tweet|email|e-mail|send|post)(?: this| the)?(?: (?:article|story|page|post|link|video))?"
        r"(?:\s*(?:on|via|to|with)\b.*)?:?$"),
]
SHARE_BUTTONS = frozenset("share sharing email e-mail print tweet copy facebook twitter x whatsapp telegram "
                          "linkedin reddit pinterest messenger flipboard".split())
SHARE_TOKENS = SHARE_BUTTONS | frozenset("this article story on via link and or the page post it with your "
                                         "friends".split())
"""A line made only of these words, with at least one button among them, is a row of share buttons."""


def is_social(line: str) -> bool:
    """'Follow us on X', 'Share this article', 'Facebook Twitter WhatsApp Email'."""
    if words(line) > 15 or line.endswith(".") and not line.lower().startswith(("follow", "join")):
        return False
    if any(rule.match(line) for rule in SOCIAL):
        return True
    tokens = [t for t in re.split(r"[\s|/:·,•]+", line.lower()) if t]
    return (len(tokens) >= 2 and all(t in SHARE_TOKENS for t in tokens)
            and any(t in SHARE_BUTTONS for t in tokens))


INBOX = (r"(?:updates (?:in|to)|(?:straight|direct(?:ly)?|delivered|sent) (?:to|into)) your inbox"
         r"|(?:in|to|into) your inbox (?:every|each|daily|weekly)")
"""How a newsletter promises itself: 'straight to your inbox', 'in your inbox every weekday'."""
SUBSCRIBE = [
    _rx(r"(?:click here to |please )?(?:sign up|subscribe|register|get|receive|join|want)\b.{0,80}\b"
        rf"(?:newsletters?|briefing|digest|{INBOX}|alerts?)\b"),
    _rx(r".*?\bnewsletters?\b.{0,60}\b(?:sign up|subscribe|inbox)\b"),
    _rx(r".*?\binbox\b.*\b(?:sign up|subscribe)(?: here| now| today)?[.!]?$"),
    _rx(r"(?:(?:free |daily |email |e-mail |our )?newsletters?(?: sign[- ]?up)?|sign[- ]?up)[\s:!]*$"),
    _rx(r"(?:click here to |tap here to )?subscribe\b"),
    _rx(r"(?:support (?:our|independent|quality) journalism|become a (?:member|subscriber|supporter|patron)|"
        r"already (?:a subscriber|have an account)|(?:log|sign) ?in to (?:continue|read|comment)|"
        r"download (?:our|the)(?: free)? \w* ?app|get (?:the|our) \w* ?app|unlock (?:this|full|unlimited)|"
        r"(?:start|try) (?:your )?(?:free )?(?:trial|subscription)|donate (?:now|today))\b"),
]


PROMO_HEAD = (r"(?:read more|read also|also read|read next|see also|more from \w+(?: \w+)?"
              r"|more on this(?: story)?"
              r"|related(?: articles?| stories| coverage| content| news| links?| reading)?"
              r"|recommended(?: for you)?|most (?:read|popular|viewed|shared)|top stories|trending(?: now)?"
              r"|editor'?s picks?|you (?:may|might) also like|don'?t miss|must read|further reading"
              r"|latest(?: news)?|more stories|more news|more|also|continue reading|keep reading)")
"""Headings of lists of links to other stories (a promo only when alone or followed by ':' etc.)."""
PROMO = [
    _rx(rf"^{PROMO_HEAD}(?:(?:\s*[:|»›>]|\s+[-–—])\s*.*)?$"),
    _rx(r"^(?:read|read more|also read|read also|see also)\s+(?-i:(?=[A-Z0-9\"']))(?!.*\.$)"),
    _rx(r"^click here\b"),
    _rx(r"^(?:read|see) (?:the )?(?:full|whole|original|entire) ",
        r"(?:story|article|report|interview|statement)(?: here| at .*| on .*)?$"),
]
VIDEO = _rx(r"^(?:watch|video|listen|podcast|live|live updates|audio)\s*[:|»›>\-–—]\s*\S")


PROMO_ALONE = _rx(rf"{PROMO_HEAD}[\s:|»›>\-–—]*$")


def is_promo_heading(line: str) -> bool:
    """'Related articles', 'Most read:', 'More from Example News': the heading of a list of links."""
    return bool(PROMO_ALONE.match(line))


def is_numbered(line: str) -> bool:
    """'1. Headline', '2) Headline': an item of a numbered list."""
    return bool(NUMBERED.match(line))


AD = _rx(r"^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| post| links?)?",
         r"|promoted(?: content)?|paid (?:content|post|partnership)|partner content",
         r"|story continues below(?: advertisement)?",
         r"|(?:article|story) continues (?:below|after (?:the )?(?:ad|advertisement))",
         r"|scroll (?:down )?to continue(?: with content| reading)?",
         r"|continue reading (?:below|the main story)|skip (?:the )?ad(?:vertisement)?",
         r"|remove ads|ad feedback)[\s:.\-–—]*$")
COMMENTS = r"(?:comments?|talkbacks?|responses|replies)"
COMMENT_COUNT = _rx(rf"^(?:\d+\s+{COMMENTS}|{COMMENTS}\s*[:(]?\s*\d+\)?",
                    rf"|(?:show|view|read|see|load)(?: all)? \d+ {COMMENTS})$")
COMMENT_HEAD = _rx(r"^(?:reader |readers'? |user )?(?:comments?|talkbacks?|discussion|responses",
                   r"|join the (?:discussion|conversation|debate)|leave a (?:comment|reply)",
                   r"|add (?:a |your )?comments?|post a comment|write a comment",
                   r"|(?:show|view|load|hide|read|see) (?:all )?comments?|comments are (?:closed|disabled)",
                   r"|comment on this (?:article|story)|have your say)[\s:.]*$")
POLICY_WORDS = _rx(r"\b(?:polic(?:y|ies)|terms of (?:use|service)|guidelines|moderat\w*|reserve the right|"
                   r"agrees?\b|community standards|civil|respectful)")
READER_WORDS = _rx(r"\b(?:commenters?|you|your|reader'?s?|readers'?|please|we|our|us|talkbacks?)\b")


def is_comment_policy(line: str) -> bool:
    """Rules for readers' comments, addressed to the reader: 'The commenter agrees to the terms…'."""
    return (words(line) <= 120 and "comment" in line.lower() and bool(POLICY_WORDS.search(line))
            and bool(READER_WORDS.search(line)))


REPRINTED = r"(?:reprinted|republished|reproduced|re-?posted|syndicated)"
REPRINT = _rx(r"^(?:this (?:article|story|report|piece|post|column) (?:was|is|has been|first|originally)\b",
              r".{0,40}\b(?:published|appeared|reprinted|republished|posted|syndicated)",
              rf"|(?:{REPRINTED}|published|used) (?:here )?(?:with|by) (?:kind |special )?permission",
              r"|(?:originally|first) (?:published|appeared|ran) (?:in|on|at|by)",
              rf"|{REPRINTED} (?:from|courtesy|via|by arrangement))")
COPYRIGHT = _rx(r"(?:©|\(c\)\s|copyright\b)")
CONTRIBUTED = _rx(r"\bcontributed (?:reporting|(?:to|reporting to|to the reporting (?:of|for)) (?:this|the) ",
                  r"(?:report|story|article|reporting|piece))")
CREDITS_BY = _rx(r"(?:with )?(?:additional )?(?:reporting|writing|editing|research|contributions?)",
                 r" (?:by|from)\b")
TAGS_WORD = "tags|topics|filed under|categories|keywords|related topics"
TAGS = _rx(rf"^(?:{TAGS_WORD}|more about|more on)\s*:\s*\S")
TAGS_HEADING = _rx(rf"^(?:{TAGS_WORD}|more on these topics)\s*:?$")
"""'Related topics' alone: the tags follow on the next lines."""
INITIALS = re.compile(r"[a-z]{2,4}(?:/[a-z]{2,4})+(?: \([^()]{1,80}\))?")
"""The writers' initials and the story's sources, ending a wire-based story: 'ek/sms (AP, Reuters)'."""
STANDARDS = _rx(r"^(?:our (?:editorial )?(?:standards|principles)|editorial (?:standards|guidelines))",
                r"(?:\s*:\s*\S.*|\s*\.?)$",
                r"|^(?:learn|read|find out) (?:more )?about (?:our|how we)\b.{0,40}",
                r"\b(?:standards|guidelines|ethics|principles|corrections? policy)\b")
"""An outlet's note on its standards: 'Our Standards: The Thomson Reuters Trust Principles.'."""
TIP_PROMPT = _rx(r"^(?:do you have|have you got|got|have)(?: a| any)? (?:news )?",
                 r"(?:story|stories|tips?|tip-offs?)\b[^?]{0,60}\?",  # the question, then where to send it
                 r".*(?:@|\b(?:e-?mail|call|phone|ring|text|contact|get in touch|whatsapp|message)\b)")
"""'Got a story? Email …', 'Do you have a story for us? Call …': a call for tips, and where to send them."""
SOURCE = _rx(r"^(?:source|sources|via|from)\s*:\s*\S.{0,100}$|^\|\s*\S|^\S+(?: \S+){0,3}\s*\|$")
READING_TIME = _rx(r"^(?:reading time:?\s*)?(?:about\s+)?\d+\s*(?:-|to)?\s*\d*\s*(?:min(?:ute)?s?|m)\.?",
                   r"(?:\s+read(?:ing time)?)?$",
                   r"|^(?:listen|listen to this article)[\s:·-]*\d+\s*min(?:ute)?s?\.?$")
UI = frozenset((
    "print", "email", "e-mail", "close", "menu", "search", "listen", "listen to this article",
    "listen to this story", "font size", "text size", "a a", "a+ a-", "skip to content",
    "skip to main content",
    "back to top", "show more", "load more", "see more", "expand", "collapse", "enlarge", "zoom", "play",
    "play video", "pause", "mute", "copy link", "link copied", "copied", "save", "save article",
    "save for later", "bookmark", "report an error", "report a correction", "gift this article",
    "gift article",
    "reuse this content", "print this article", "email this article", "loading", "loading...", "loading…",
    "view comments", "toggle navigation", "next", "previous", "prev", "back", "home", "open in app",
    "translate", "accept cookies", "accept all cookies", "send us your feedback", "send feedback",
    "give feedback", "purchase licensing rights",
))
"""Buttons and controls, as the whole line (lower case)."""
SKIP_LINK = _rx(r"^skip (?:next|previous) section\b")
"""A link that jumps over a page section, followed by that section's name: 'Skip next section Listen…'."""
TIME_TOKEN = _rx(rf"^(?:{MONTH}|{WEEKDAY}|{TIMEZONE}|\d{{1,4}}(?:st|nd|rd|th)?",
                 r"|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:am|pm)?|a\.?m\.?|p\.?m\.?|am|pm|at|on|on:",
                 r"|\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|[|,·•/–—-]",
                 r"|today|yesterday|ago|just|now|(?:second|minute|min|hour|hr|day|week|month|year)s?)$")
"""One word of a date or a time: 'Jan', 'Thursday', '26', '12:04', 'PM', 'GMT', 'ago'."""
TIME_CUE = _rx(r"\d[:.]\d\d|\bago\b|\d\s*(?:am|pm|a\.m\.|p\.m\.)",
               rf"|\b{MONTH}(?:\s|$)|\b{WEEKDAY}(?:\s|,|$)")
TIME_LEAD = _rx(r"^(?:(?:last |first )?(?:published|posted|updated|modified|edited)(?: on| at)?",
                r"|date|dated|created|release date)\s*:?\s*")


STAMPS = re.compile(r"\s+[|·•]\s+")
"""What separates two stamps on one line: 'Published: 23:41, 16 Oct 2024 | Updated: 07:15, 17 Oct 2024'."""


def is_timestamp(line: str) -> bool:
    """'Published: 12:04 PM', 'Updated Jan 26, 2023 10:15 IST', '2 hours ago', '26/01/2023'."""
    if len(line) > 100:
        return False
    if _one_timestamp(line):
        return True
    # 'Published: … | Updated: …': each stamp with its own lead, so that a date beside other words is not one.
    stamps = STAMPS.split(line)
    return len(stamps) > 1 and all(TIME_LEAD.match(s) and _one_timestamp(s) for s in stamps)


def _one_timestamp(line: str) -> bool:
    rest = TIME_LEAD.sub("", line, count=1)
    tokens = rest.replace(",", " , ").split()
    # Every word a word of a date or time first: on a line of text the first word fails it, where the
    # date and time patterns below would search the whole line.
    if not tokens or not DIGIT.search(rest) or not all(TIME_TOKEN.match(t) for t in tokens):
        return False
    # A lone number is not a time: ask for a date, a clock time, 'ago' or a 'Published'-style lead.
    return len(rest) < len(line) or bool(HAS_DATE.search(rest) or TIME_CUE.search(rest))


def is_publication_date(line: str) -> bool:
    """A timestamp that states the day the article was published (not when it was last updated)."""
    lowered = line.lower()
    return bool(HAS_DATE.search(line)) and not re.search(r"\b(?:updated|modified|edited)\b", lowered)


BYLINE = _rx(r"^(?:written |story |words |text |report )?by\s+(?P<name>\S.*)$")
NAME_GLUE = frozenset("and & , | of the de del della di da du van von der den al el bin ibn le la y staff"
                      .split())
"""Words inside names and bylines that are not capitalised ('Pieter van Dijk', 'Example News staff')."""


def is_byline(line: str) -> bool:
    """'By Jane Doe', 'By Jane Doe and Ali Hassan, Example Post', 'By Example News Staff'."""
    match = BYLINE.match(line) if len(line) <= 120 else None
    if not match:
        return False
    name = match.group("name")
    if not name[:1].isupper() or words(name) > 12:
        return False
    if ends_sentence(name) and not re.search(r"\b\w{1,3}\.$", name):
        return False
    names = [w for w in re.split(r"[\s,|/]+", name) if w and w.lower() not in NAME_GLUE]
    capitalised = sum(1 for w in names if w[:1].isupper() or w[:1].isdigit())
    return capitalised * 3 >= len(names) * 2


REPORTING = _rx(r"\b", _any("said says say told tells added adds warned warns according reported reports "
                             "announced stated claimed claims insisted stressed noted explained asked urged "
                             "wrote writes confirmed"), r"\b")


def is_caption_sentence(line: str) -> bool:
    """A sentence that can be a photo's caption: short, and nobody is quoted or reported in it.

    Captions describe a picture ('Residents wade through a flooded street on Tuesday.'); the story
    reports what someone said. Used only for a line standing right above a credit.
    """
    return words(line) <= 35 and '"' not in line and not REPORTING.search(line)


def is_name_line(line: str) -> bool:
    """'Helena Smith in Athens', 'Jane Doe and Ali Hassan': a byline without 'By' (for the header only)."""
    if words(line) > 6 or any(c.isdigit() for c in line) or ends_sentence(line) or ":" in line:
        return False
    tokens = [t for t in re.split(r"[\s,]+", line) if t]
    names = [t for t in tokens if t.lower() not in NAME_GLUE | {"in", "for"}]
    return len(names) >= 2 and all(t[:1].isupper() for t in names) and len(tokens) - len(names) <= 2


def is_copyright(line: str) -> bool:
    """'© 2024 Example Media', 'Copyright 2024 …', '… All rights reserved.'."""
    return words(line) <= 30 and bool(COPYRIGHT.match(line) or "all rights reserved" in line.lower())


def is_contributor(line: str) -> bool:
    """'Jane Roe in Cairo contributed to this report.', 'Reporting by X; Editing by Y'."""
    if words(line) > 40:
        return False
    return bool(CREDITS_BY.match(line) or ("contributed" in line.lower() and CONTRIBUTED.search(line)))


def is_initials(line: str) -> bool:
    """'ek/sms (AP, dpa)': the writers' initials, lower case, and the story's sources."""
    return len(line) <= 100 and line[:1].islower() and INITIALS.fullmatch(line) is not None


JOB_WORD = _rx(r"\b(?:reporter|correspondent|editor|writer|columnist|journalist|producer|analyst|contributor",
               r"|photographer|photojournalist|presenter|commentator|critic|newsroom|newsdesk|desk|bureau|staff)s?\b")
"""What an author's title or desk names: 'Chief Reporter', 'Middle East Correspondent', 'News Desk'."""


def is_job_title(line: str) -> bool:
    """'Chief Reporter', 'Senior Political Correspondent', 'NEWSROOM': an author's title or desk, as a
    line under the byline shows it (the caller asks only of the line right under a byline)."""
    if words(line) > 6 or ends_sentence(line) or DIGIT.search(line) or not JOB_WORD.search(line):
        return False
    names = [w for w in re.split(r"[\s,&/]+", line) if w and w.lower() not in NAME_GLUE]
    return all(w[:1].isupper() for w in names)


def is_tags_heading(line: str) -> bool:
    """'Related topics', 'Tags': the heading of a list of topics given on the lines below it."""
    return len(line) <= 40 and TAGS_HEADING.match(line) is not None


def is_tag_list(line: str) -> bool:
    """'Greece, Infrastructure, Europe': names of topics, as a page lists them under a 'Topics' heading."""
    if len(line) > 200 or ends_sentence(line):
        return False
    items = [item.strip() for item in re.split(r"[,|•·;]", line)]
    return all(item and words(item) <= 4 and (item[:1].isupper() or item[:1].isdigit()) for item in items)


def is_stray(line: str) -> bool:
    """A line with no letter or digit at all: '>', '""', '|', '***'."""
    return ALNUM.search(line) is None


def is_stray_number(line: str) -> bool:
    """A number alone on its line, e.g. a page or picture number: '2', '#3', '12.'."""
    return len(line) <= 6 and bool(re.fullmatch(r"[#№]?\d{1,4}[.)]?", line))


def is_ui(line: str) -> bool:
    """A button or control label copied with the page: 'Print', 'Copy link', 'Back to top'."""
    if len(line) <= 30 and line.lower().rstrip(" :.»›>") in UI:
        return True
    return len(line) <= 80 and SKIP_LINK.match(line) is not None


LONE_BUTTONS = SHARE_BUTTONS | frozenset("bluesky threads mastodon sms".split())
"""Share buttons that a page may list one a line: such a line is a button only among other buttons."""


def is_lone_button(line: str) -> bool:
    """'Facebook', 'X', 'WhatsApp' alone on a line (a button, if its neighbours are buttons too)."""
    return len(line) <= 12 and line.lower() in LONE_BUTTONS


Rule = tuple[str, Callable[[str], bool]]
LONGEST = 1200
"""No rule matches a line longer than this: such a line is text."""
RULES: tuple[Rule, ...] = (
    ("stray character", is_stray),
    # Before the credits: 'ek/sms (AP, dpa)' names agencies after a slash, as a photo credit does.
    ("contributor line", is_initials),
    ("image gallery counter", _starts(6, *GALLERY)),  # '2 View gallery', '1 of 5', 'View all 8 photos'
    ("photo caption", is_caption_with_credit),
    ("photo credit", is_credit),
    ("source label", lambda s: len(s) <= SHORT and bool(SOURCE.match(s))),
    ("timestamp", is_timestamp),
    ("stray character", is_stray_number),
    ("reading-time estimate", lambda s: len(s) <= 60 and bool(READING_TIME.match(s))),
    ("advertisement label", lambda s: len(s) <= 80 and bool(AD.match(s))),
    ("comment counter", lambda s: len(s) <= 40 and bool(COMMENT_COUNT.match(s))),
    ("comments heading", lambda s: len(s) <= 40 and bool(COMMENT_HEAD.match(s))),
    ("comment-policy text", is_comment_policy),
    ("page interface text", is_ui),
    ("social-media prompt", is_social),
    ("subscription prompt", _starts(25, *SUBSCRIBE)),  # 'Sign up for our newsletter', 'Subscribe now'
    ("cross-promotion link", _starts(30, *PROMO)),  # 'Read more: …', 'Read' + a headline, 'Related: …'
    ("video link", _starts(30, VIDEO)),  # 'WATCH: …', 'Video: …'
    ("reprint notice", lambda s: words(s) <= 40 and bool(REPRINT.match(s))),
    ("copyright notice", is_copyright),
    ("contributor line", is_contributor),
    ("topic tags", lambda s: len(s) <= 300 and bool(TAGS.match(s)) or is_tags_heading(s)),
    ("news-tip prompt", lambda s: words(s) <= 40 and bool(TIP_PROMPT.match(s))),
    ("standards notice", lambda s: words(s) <= 20 and bool(STANDARDS.match(s))),
)
"""Line kinds in the order they are tried: the first that matches names the reason."""
LONG_KINDS = frozenset(("stray character", "photo caption", "comment-policy text", "subscription prompt",
                        "cross-promotion link", "reprint notice", "copyright notice", "contributor line",
                        "topic tags", "news-tip prompt"))
LONG_RULES = tuple(rule for rule in RULES if rule[0] in LONG_KINDS)
"""The kinds of line that can be longer than `SHORT`; UI strings, credits and counters cannot."""


LINES_KEPT = 1 << 14
"""Decisions `line_reason` remembers: a story's boilerplate repeats across the articles of an outlet."""


@lru_cache(maxsize=LINES_KEPT)
def line_reason(line: str) -> str | None:
    """Why this line, taken alone, is not article text; None when nothing marks it as boilerplate."""
    if len(line) > LONGEST:
        return "stray character" if is_stray(line) else None
    for reason, test in RULES if len(line) <= SHORT else LONG_RULES:
        if test(line):
            return reason
    return None
