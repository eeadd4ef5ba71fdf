"""What boilerplate looks like: the line rules of the cleaning stage, declared as data.

Each rule recognises a *kind* of line that a copy-paste from a news site carries (a photo credit, a
share prompt, a comment policy…), by its shape and its vocabulary — never by the text of a particular
article. A rule looks at one line alone; what depends on the neighbouring lines (a caption above a
credit, a repeated line) is decided in `generator.clean`, and the header (headline, dek, byline) in
`generator.cleanheader`. The rules for what a site puts around every article (cookie banners, paywalls,
menus, widgets) are in `generator.cleansite`, those for pictures' credits and captions in
`generator.cleancredits`, those for other kinds of page (a video page, an aggregator, a print view, an
e-paper, a web archive) in `generator.cleanpages`, a social network's in `generator.cleansocial`, a
reference page's in `generator.cleanportal`, an e-mail's around a forwarded release in
`generator.cleanmail`, a sports site's live page's in `generator.cleanlive`, an official letter's in
`generator.cleanletter`, a picture library's in `generator.cleangallery`; the shapes and vocabulary they
share in `generator.cleanshapes`.

The lines given to these functions are already normalised (`generator.clean.normalise`: straight
quotes, single spaces, no bullet) and stripped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from generator import cleanchat as chat
from generator import cleangallery as gallery
from generator import cleanletter as letter
from generator import cleanlive as live
from generator import cleanmail as mail
from generator import cleanpages as pages
from generator import cleanportal as portal
from generator import cleansite as site
from generator import cleansocial as social
from generator.cleancredits import (
    CAPTION_LABEL,
    CREDIT_BUTTON,
    is_caption_with_credit,
    is_credit,
)
from generator.cleanshapes import (
    ALNUM,
    DIGIT,
    HAS_DATE,
    ICONS,
    MONTH,
    NETWORK,
    NUMBERED,
    REPORTING,
    SHORT,
    TIMEZONE,
    WEEKDAY,
    ends_sentence,
    rx,
    words,
)


def _starts(max_words: int, *patterns: re.Pattern[str]) -> Callable[[str], bool]:
    """A rule: a line of at most `max_words` words that one of the patterns matches from its start."""
    # The patterns as one alternation, which matches where one of them does: one call per line.
    flags = {p.flags for p in patterns}
    assert len(flags) == 1, "the patterns of a rule share their flags"
    either = re.compile("|".join(f"(?:{p.pattern})" for p in patterns), flags.pop())
    return lambda line: words(line) <= max_words and either.match(line) is not None


# --- one rule per kind of line --------------------------------------------------------------------

GALLERY = [
    rx(r"^(?:\d+\s+)?(?:view|open|see|launch|expand)\s+(?:the\s+)?(?:photo\s+|image\s+)?",
       r"(?:gallery|slideshow)(?:\s*\(\d+\))?$"),
    rx(r"^(?:\d+\s+)?(?:photo|image|picture)?\s*(?:gallery|slideshow)(?:\s*\(\d+(?: \w+)?\))?$"),
    rx(r"^(?:(?:photo|image|picture|slide)s?\s*)?\d+\s*(?:of|/)\s*\d+$"),
    rx(r"^(?:view|see|show)?\s*(?:all\s+)?\d+\s+(?:photos|images|pictures|slides)$"),
]


SOCIAL = [
    rx(rf"^(?:follow|join|find|connect with|subscribe to|watch|listen to)\b.{{0,60}}\b(?:on|via|at)\s+"
       rf"(?:our\s+)?(?:{NETWORK})\b"),
    rx(rf"^(?:follow|like|join|subscribe to)\s+(?:us|our\b.{{0,30}}\b(?:{NETWORK}|channel|page|group))"),
    rx(r"^(?:(?:please|kindly) )?(?:share|tweet|email|e-mail|send|post)(?: this| the)?"
       r"(?: (?:article|story|page|post|link|video|episode|show|podcast|issue|newsletter|gallery|live blog"
       r"|blog|thread|album))?"
       r"(?:\s*(?:on|via|to|with)\b.*)?:?$"),
    rx(rf"^share ?to ?(?:{NETWORK}|email|e-mail|sms)$"),  # 'Share toX': the button's label and icon
]
SHARE_BUTTONS = frozenset("share sharing email e-mail print tweet copy facebook twitter x whatsapp telegram "
                          "linkedin reddit pinterest messenger flipboard".split())
SHARE_TOKENS = SHARE_BUTTONS | frozenset("this article story on via link and or the page post it with your "
                                         "friends".split())
"""A line made only of these words, with at least one button among them, is a row of share buttons."""


SHARE_LEAD = rx(r"^(?:share(?: this| it)?(?: article| story| post| page)?(?: on| via| with)?",
                r"|pass (?:it|this) on|spread the word|tell (?:a friend|your friends))\s*:\s*")
"""What a row of share buttons may start with: 'Pass it on: Telegram · X · Copy link'."""


def is_social(line: str) -> bool:
    """'Follow us on X', 'Share this article', 'Facebook Twitter WhatsApp Email', 'Pass it on: X · Email'."""
    if words(line) > 15 or line.endswith(".") and not line.lower().startswith(("follow", "join")):
        return False
    if any(rule.match(line) for rule in SOCIAL):
        return True
    lead = SHARE_LEAD.match(line)
    tokens = [t for t in re.split(r"[\s|/:·,•]+", line[lead.end() if lead else 0:].lower()) if t]
    return (len(tokens) >= 2 and all(t in SHARE_TOKENS for t in tokens)
            and any(t in SHARE_BUTTONS for t in tokens))


INBOX = (r"(?:updates (?:in|to)|(?:straight|direct(?:ly)?|delivered|sent|news) (?:to|into|in)) your inbox"
         r"|(?:in|to|into) your inbox (?:every|each|daily|weekly)")
"""How a newsletter promises itself: 'straight to your inbox', 'in your inbox every weekday'."""
SUBSCRIBE = [
    rx(r"(?:click here to |please )?(?:sign up|subscribe|register|get|receive|join|want)\b.{0,80}\b"
       rf"(?:newsletters?|briefing|digest|{INBOX}|alerts?)\b"),
    rx(r".*?\bnewsletters?\b.{0,60}\b(?:sign up|subscribe|inbox)\b"),
    rx(r".*?\binbox\b.*\b(?:sign up|subscribe)(?: here| now| today)?[.!]?$"),
    rx(r"(?:(?:free |daily |email |e-mail |our )?newsletters?(?: sign[- ]?up)?|sign[- ]?up)[\s:!]*$"),
    rx(r"(?:click here to |tap here to )?subscribe\b|sign me up[.!]?$"),
    rx(r"[^\"]{0,120}[.!?] (?:start|begin|claim) your free trial[.!]?$"),  # an offer's pitch, then its button
    rx(r"try (?:\w+ )?premium(?: for\b.{0,20})?$"),  # a network's offer: 'Try Premium for A$0'
    rx(r"(?:you can |you may )?(?:unsubscribe|opt out)(?: at)? any ?time[.!]?$"),  # under a sign-up form
    rx(r"thanks? (?:you )?for reading\b.{0,80}\b(?:subscribe|sign up|support)"),  # a newsletter's sign-off
    # A newsletter's pitch by its cadence ('Receive the best of sport every morning'), a forwarded copy's
    # prompt ('Forwarded this email? Subscribe here'), a show's patrons' platform.
    rx(r"(?:receive|get) (?:the best|the latest|the top|the day'?s|the week'?s|our (?:best|top|latest))\b",
       r".{0,60}\b(?:every|each) (?:morning|evening|day|weekday|week|monday|tuesday|wednesday|thursday",
       r"|friday|saturday|sunday)[.!]?$"),
    rx(r"(?:was this |were you )?forwarded (?:this|to you)\b.{0,30}\?"),
    rx(r"(?:support|join|back) (?:us|me|the show|the podcast|(?-i:[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}))",
       r" on (?:patreon|ko-?fi|buy me a coffee|supercast|memberful)\b"),
    rx(r"(?:support (?:our|independent|quality) journalism|become a (?:member|subscriber|supporter|patron)|"
       r"already (?:a subscriber|have an account)|(?:log|sign) ?in to (?:continue|read|comment)|"
       r"download (?:our|the)(?: free)?(?: \w+){0,3} app|get (?:the|our) \w* ?app|"
       r"unlock (?:this|full|unlimited)|"
       r"(?:start|try) (?:your )?(?:free )?(?:trial|subscription)|donate (?:now|today))\b"),
]


PROMO_HEAD = (r"(?:read more|read also|also read|read next|see also|more from \w+(?: \w+){0,3}"
              r"|more on this(?: story)?"
              r"|related(?:(?: \w+)? (?:articles?|stories|coverage|content|news|links?|reading|reports?|posts"
              r"|intelligence|analysis|insights|research|galleries|videos|albums))?"
              r"|key events|upcoming events?"
              r"|more posts (?:you may like|from \S+)|also in this (?:bulletin|issue|newsletter|edition)"
              r"|recommended(?: for you)?|most (?:read|popular|viewed|shared)|top stories"
              r"|trending(?: now| in (?-i:[A-Z])[\w&-]*(?: [\w&-]+){0,2})?"
              r"|discover more|who to follow|relevant people|what'?s happening"
              r"|editor'?s picks?|you (?:may|might) also like|don'?t miss|must read|further reading"
              r"|latest(?: news)?|more stories|more news|more|also|continue reading|keep reading"
              r"|up next|next up|watch more|more (?:coverage|videos|longreads|long reads|features)"
              r"|also from (?:our|this) \w+(?: \w+)?"
              r"|(?:more|other|recent|latest|previous|past) episodes"
              r"|(?:links?|resources|books|articles|things) (?:mentioned|discussed|referenced|cited)"
              r"(?: in (?:this|the|today'?s) (?:episode|show|issue|newsletter|post|video))?)")
"""Headings of lists of links to other stories (a promo only when alone or followed by ':' etc.)."""
PROMO_OUTLET = rx(r"^(?-i:(?=[^a-z\u00df-\u00ff]*$))",  # in capitals, as a heading
                  r"(?:further reading|read more|more stories|more news|more|also read|most read",
                  r"|top stories|related stories) (?:on|from|at) \S+(?: \S+){0,2}$")
"""A promo heading naming the outlet: 'FURTHER READING ON EXAMPLEWIRE', 'MORE FROM THE HERALD'."""
PROMO_LABEL = rx(r"^(?:explainer|analysis|factbox|fact ?check|timeline|q&a|in pictures|in depth|interactive",
                 r"|opinion|comment|background|read|watch|listen|video|podcast|live)\s*[▸►▶→»›>]\s*\S")
"""A link to another story behind a label and an arrow: 'Explainer ▸ How the vote is counted'."""
PROMO = [
    rx(rf"^{PROMO_HEAD}(?:(?:\s*[:|»›>]|\s+[-–—])\s*.*)?$"),
    rx(r"^(?:read|read more|also read|read also|see also)\s+(?-i:(?=[A-Z0-9\"']))(?!.*\.$)"),
    rx(r"^click here\b"),
    PROMO_OUTLET,
    PROMO_LABEL,
    rx(r"^(?:read|see) (?:the )?(?:full|whole|original|entire) ",
       r"(?:story|article|report|interview|statement)(?: here| at .*| on .*)?$"),
]
VIDEO = rx(r"^(?:watch|video|listen|podcast|live|live updates|audio)\s*[:|»›>\-–—]\s*\S")


PROMO_ALONE = rx(rf"{PROMO_HEAD}[\s:|»›>\-–—]*$")


def is_promo_heading(line: str) -> bool:
    """'Related articles', 'Most read:', 'More from Example News': the heading of a list of links (in
    either language of a bilingual page: 'Últimas noticias | Latest news'), and an encyclopedia's 'See
    also[edit]'."""
    line = portal.without_edit_link(line) or line
    return any(PROMO_ALONE.match(half) or PROMO_OUTLET.match(half) for half in (line, *halves(line)))


def is_numbered(line: str) -> bool:
    """'1. Headline', '2) Headline': an item of a numbered list."""
    return bool(NUMBERED.match(line))


AD_LABEL = (r"(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| post| links?)?"
            r"|promoted(?: content)?|paid (?:content|post|partnership)|partner content"
            r"|story continues below(?: advertisement)?"
            r"|(?:the )?(?:article|story) continues (?:below|after (?:the )?(?:ad|advertisement))"
            r"|scroll (?:down )?to continue(?: with content| reading)?"
            r"|continue reading (?:below|the main story)|skip (?:the )?ad(?:vertisement)?"
            r"|remove ads|ad feedback)")
AD = rx(rf"^{AD_LABEL}(?:\s*[·|•:\-–—]\s*{AD_LABEL})*[\s:.\-–—]*$")
"""'Advertisement', 'ADVERTISEMENT · the article continues below'."""
COMMENTS = (r"(?:comments?|talkbacks?|responses|replies|comentarios?|comentários?|commentaires?|kommentare?"
            r"|commenti|komentarze?|reacties)")
COMMENT_COUNT = rx(rf"^(?:\d+\s+{COMMENTS}|{COMMENTS}\s*[:(]?\s*\d+\)?",
                   rf"|(?:show|view|read|see|load)(?: all)? \d+ {COMMENTS})",
                   r"(?:\s*[→»›>|·:–—-]\s*(?:join|read|see|view|add|leave|show|post|write)\b[^.]{0,50})?$")
"""'12 comments', 'Comments (3)', '92 responses → join the discussion'."""
COMMENT_HEAD = rx(r"^(?:reader |readers'? |user )?(?:comments?|talkbacks?|discussion|responses",
                  r"|join the (?:discussion|conversation|debate)|leave a (?:comment|reply)",
                  r"|add (?:a |your )?comments?|post a comment|write a comment",
                  r"|(?:show|view|load|hide|read|see) (?:all |more )?(?:comments?|replies)",
                  r"|comments are (?:now )?(?:closed|disabled)(?: (?:for|on) this (?:live )?\w+)?",
                  r"|you must be (?:logged|signed) in to (?:post a )?comment",
                  r"|comment on this (?:article|story)|have your say|comment (?:guidelines|policy|rules)",
                  r"|discussion about this (?:post|article|story))[\s:.]*$")
COMMENTS_ON = rx(r"^\d+ (?:comments?|responses|replies|thoughts) (?:on|to) [\"'“‘].{1,200}[\"'”’]$")
"""'12 comments on "Nearly 100 dead as …"': a blog's heading over its readers' comments."""
POLICY_WORDS = rx(r"\b(?:polic(?:y|ies)|terms of (?:use|service)|guidelines|moderat\w*|reserve the right|"
                  r"agrees?\b|community standards|civil|respectful)")
READER_WORDS = rx(r"\b(?:commenters?|you|your|reader'?s?|readers'?|please|we|our|us|talkbacks?)\b")


def is_comment_policy(line: str) -> bool:
    """Rules for readers' comments, addressed to the reader: 'The commenter agrees to the terms…'."""
    return (words(line) <= 120 and "comment" in line.lower() and bool(POLICY_WORDS.search(line))
            and bool(READER_WORDS.search(line)))


REPRINTED = r"(?:reprinted|republished|reproduced|re-?posted|syndicated)"
REPRINT = rx(r"^(?:this (?:article|story|report|piece|post|column) (?:was|is|has been|first|originally)\b",
             r".{0,40}\b(?:published|appeared|reprinted|republished|posted|syndicated)",
             rf"|(?:{REPRINTED}|published|used) (?:here )?(?:with|by) (?:kind |special )?permission",
             r"|(?:originally|first) (?:published|appeared|ran) (?:in|on|at|by)",
             rf"|{REPRINTED} (?:from|courtesy|via|by arrangement))")
UPDATE_NOTE = rx(r"^\((?:updates?|adds?|recasts?|corrects?|refiles?) (?:with|to|throughout|for)\b",
                 r".{0,160}\)\.?$")
"""A wire's note on what changed in a story: '(Updates with town hall remarks from first paragraph.)'."""
COPYRIGHT = rx(r"(?:©|\(c\)\s|copyright\b)|^[^\W\d][\w .'&-]{0,40} © ?(?:\d{4}|\w+)$",
               r"|^(?:map|map data|imagery|map tiles|base ?map) ©")
"""'© 2024 Example Media', 'Copyright …', and the outlet's name before the sign: 'Example Radio © 2025'."""
CONTRIBUTED = rx(r"\bcontributed (?:reporting|(?:to|reporting to|to the reporting (?:of|for)) (?:this|the) ",
                 r"(?:report|story|article|reporting|piece))")
CREDITS_BY = rx(r"(?:with )?(?:additional )?(?:reporting|writing|editing|research|contributions?",
                r"|edited|produced|compiled|inputs|assistance)",
                r" (?:by|from)\b")
TAGS_WORD = "tags|topics|filed under|categories|keywords|related topics|hashtags"
TAGS = rx(rf"^(?:{TAGS_WORD}|more about|more on)(?: (?:for|of|in|on) this (?:post|article|story|page))?",
          r"\s*:\s*\S",
          r"|^(?:topic|tag)\s*:\s*(?-i:[A-Z0-9])[^:.!?]{0,60}$")
"""'Tags: …', 'Topics: Floods, Storm', and one topic: 'Topic:Cyber Attacks' (a name, no sentence)."""
HASHTAGS = re.compile(r"#\w+(?:\s+#\w+)+")
"""Hashtags alone on a line: '#Floods #Storm' (one alone may be the story's subheading: '#StolenVote')."""
TAGS_HEADING = rx(rf"^(?:{TAGS_WORD}|(?:explore )?more on these topics|suggested topics",
                  r"|(?:follow )?(?:the )?topics in this (?:article|story))\s*:?$")
"""'Related topics' alone: the tags follow on the next lines."""
INITIALS = re.compile(r"[a-z]{2,4}(?:/[a-z]{2,4})+(?: \([^()]{1,80}\))?")
"""The writers' initials and the story's sources, ending a wire-based story: 'ek/sms (AP, Reuters)'."""
STANDARDS = rx(r"^(?:our (?:editorial )?(?:standards|principles)|editorial (?:standards|guidelines))",
               r"(?:\s*:\s*\S.*|\s*\.?)$",
               r"|^(?:learn|read|find out) (?:more )?about (?:our|how we)\b.{0,40}",
               r"\b(?:standards|guidelines|ethics|principles|corrections? policy)\b",
               r"|^[\w' ]{1,40} (?:follows|adheres to|is bound by) (?:the |our )?[\w' ]{0,30}",
               r"(?:editorial code|code of (?:practice|conduct)|trust principles|editorial standards)\.?$")
"""An outlet's note on its standards: 'Our Standards: The Thomson Reuters Trust Principles.'."""
TIP_PROMPT = rx(r"^(?:do you have|have you got|got|have)(?: a| any)? (?:news )?",
                r"(?:story|stories|tips?|tip-offs?)\b[^?]{0,60}\?",  # the question, then where to send it
                r".*(?:@|\b(?:e-?mail|call|phone|ring|text|contact|get in touch|whatsapp|message)\b)")
"""'Got a story? Email …', 'Do you have a story for us? Call …': a call for tips, and where to send them."""
MATERIAL_CALL = rx(r"^(?:[^?]{3,100}\?\s+)?(?:please )?(?:send|share|email|e-mail|upload|submit|whatsapp)",
                   r"(?: us| in)? (?:your|any) (?:own )?",
                   r"(?:photos?|pictures?|images?|videos?|footage|stories|story|tips?|experiences?|accounts?)\b",
                   r".*(?:@|\b(?:newsroom|news ?desk|us|whatsapp|e-?mail|upload|here|form)\b)")
"""'Were you there? Send your photos and videos to the newsroom: tips@…': a call for readers' material."""


def is_tip_prompt(line: str) -> bool:
    """A call for news tips or for readers' pictures, with where to send them (not a story's quote)."""
    if words(line) > 40 or not (TIP_PROMPT.match(line) or MATERIAL_CALL.match(line)):
        return False
    return REPORTING.search(line) is None  # last: the costliest test, asked of few lines


SOURCE = rx(r"^(?:source|sources|via|from)\s*:\s*\S.{0,100}$|^\|\s*\S|^\S+(?: \S+){0,3}\s*\|$")
READING_TIME = rx(r"^(?:reading time:?\s*)?(?:about\s+)?\d+\s*(?:-|to)?\s*\d*\s*(?:min(?:ute)?s?|m)\.?",
                  r"(?:\s+read(?:ing time)?)?$",
                  r"|^(?:listen|listen to this article)[\s:·-]*\d+\s*min(?:ute)?s?\.?$")
UI = frozenset((
    "please turn on javascript to see live updates", "show key events only", "pinned post", "vote", "award",
    "upvote", "downvote", "more replies", "continue this thread", "download the pdf", "request licence",
    "request license", "privacy settings", "privacy policy", "terms", "privacy", "terms of use",
    "terms and conditions", "cookie policy", "contact us", "sitemap", "join", "sign in to join",
    "about sharing", "like loading", "log in to reply", "sign in to reply", "reply", "accept and continue",
    "like this", "like loading...", "like loading…", "cite this article", "pdf", "download pdf",
    "article metrics", "open access", "jump to latest updates", "skip to latest updates", "jump to comments",
    "donate", "donate now", "load more comments", "view more comments",
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
    "give feedback", "purchase licensing rights", "acquire licensing rights", "license this image",
    # a feed reader's buttons on its item, a viewer's link to the page it shows, a picture library's
    "mark as read", "mark as unread", "mark all as read", "save to board", "visit website", "unread",
    "view original page", "view original", "download comps", "download comp", "add to lightbox",
    "add to board", "show", "replies",
    "licence this image", "refresh", "auto-refresh on", "auto-refresh off", "auto refresh", "live",
    "watch live", "load earlier posts", "load more posts", "load older posts", "show newer posts",
    "show latest posts", "sort by", "newest", "oldest", "newest first", "oldest first", "start writing",
    "sign in", "log in", "register", "restacks", "likes",
    "buy this photo", "accept all", "reject all", "manage preferences", "cookie settings",
    "show notes", "episode notes", "chapters", "transcript", "full transcript", "read full transcript",
    "read the full transcript", "view transcript", "show transcript", "episodes", "support the show",
    "view in browser", "view in your browser", "view this email in your browser", "view online",
    "open in browser", "legal notice",
    # a video player's and a reading tool's controls, a print view's links
    "cc", "subtitles", "fullscreen", "full screen", "exit full screen", "autoplay", "autoplay next",
    "unmute", "replay", "show less", "read less", "see less", "back to article", "back to the article",
    "back to story", "return to article",
    # an encyclopedia's links around its entry
    "jump to navigation", "jump to search", "jump to content", "mobile view", "desktop view",
    # a social network's links at its foot
    "terms of service", "ads info", "user agreement", "cookie policy", "copyright policy",
))
"""Buttons and controls, as the whole line (lower case)."""
SKIP_LINK = rx(r"^skip (?:next|previous) section\b")
"""A link that jumps over a page section, followed by that section's name: 'Skip next section Listen…'."""
UPDATED = r"(?:updated|modified|edited|refreshed|revised)"
"""How a page says a stamp is not the time the article was first published."""
TIME_TOKEN = rx(rf"^(?:{MONTH}|{WEEKDAY}|{TIMEZONE}|\d{{1,4}}(?:st|nd|rd|th)?",
                r"|\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d{1,6})?)?(?:am|pm)?|a\.?m\.?|p\.?m\.?|am|pm|at|on|on:|\d{1,3}[mhd]",
                r"|\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}-\d{1,2}-\d{4}",
                r"|[|,·•/–—-]",
                r"|today|yesterday|ago|just|now|(?:second|minute|min|hour|hr|day|week|month|year)s?",
                rf"|{UPDATED}|published|posted|uk)$")
"""One word of a date or a time: 'Jan', 'Thursday', '26', '12:04', 'PM', 'GMT', 'ago', and 'UK' (the time
there: 'Thursday 26 February 2026 17:42, UK')."""
TIME_CUE = rx(r"\d[:.]\d\d|\bago\b|\d\s*(?:am|pm|a\.m\.|p\.m\.)|^\d{1,3}[mhd]$",
              rf"|\b{MONTH}(?:\s|$)|\b{WEEKDAY}(?:\s|,|$)")
TIME_LEAD = rx(rf"^(?:(?:last |first )?(?:published|posted|filed|issued|{UPDATED})(?: on| at)?|next update",
               r"|date|dated|created|release date)\s*:?\s*")


STAMPS = re.compile(r"\s+[|·•]\s+")
"""What separates two stamps on one line: 'Published: 23:41, 16 Oct 2024 | Updated: 07:15, 17 Oct 2024'."""
PLACE_LEAD = re.compile(r"^[A-Z][^\W\d]+(?:(?:[ -][A-Z][^\W\d]+){0,2}\s[-–—|·]|,)\s+")
"""The place a dateline starts with: 'Madrid - 27 FEB 2026 - 09:15 CET', 'Monaco, 26 February 2026' (a
comma after one word only: 'Ukraine Conflict Update, November 26, 2025' is a headline)."""


PICTURES = rx(r"^\d{1,4} (?:images|photos|pictures|photographs|slides|videos)$")
"""A gallery's size beside its stamp: '12 images'."""


GLUED_AGE = re.compile(r"(?<=\bago)(?=\d)")
"""Where a page's short age meets its spoken form, glued in a copy: 'Posted 3h ago3 hours ago'."""


def is_timestamp(line: str) -> bool:
    """'Published: 12:04 PM', 'Updated Jan 26, 2023 10:15 IST', '2 hours ago', '26/01/2023', 'Posted 3h
    ago3 hours ago, updated 1h ago1 hours ago' (an age and the same for a screen reader, glued)."""
    if len(line) > 100:
        return False
    if _one_timestamp(line):
        return True
    if "ago" in line and GLUED_AGE.search(line):
        return _one_timestamp(GLUED_AGE.sub(" ", line))
    place = PLACE_LEAD.match(line)  # a dateline: a place, then a date (not a time alone)
    rest = line[place.end():] if place else ""
    if rest and TIME_TOKEN.match(rest.split(" ", 1)[0]) and _one_timestamp(rest) and HAS_DATE.search(rest):
        return True
    # 'Published: … | Updated: …': each stamp with its own lead, so that a date beside other words is not one.
    stamps = STAMPS.split(line)
    # The first may go without ('March 11, 2025 2:31 PM GMT · Updated 3 hours ago'), or be a gallery's size
    # ('12 images · Updated 28 April 2026, 19:40 CET').
    return len(stamps) > 1 and all((i == 0 or TIME_LEAD.match(s)) and _one_timestamp(s)
                                   or i > 0 and READING_TIME.match(s)
                                   or i == 0 and PICTURES.match(s) for i, s in enumerate(stamps))


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
    return bool(HAS_DATE.search(line)) and not re.search(rf"\b{UPDATED}\b", lowered)


def is_caption_sentence(line: str) -> bool:
    """A sentence that can be a photo's caption: short, and nobody is quoted or reported in it.

    Captions describe a picture ('Residents wade through a flooded street on Tuesday.'); the story
    reports what someone said. Used only for a line standing right above a credit.
    """
    return words(line) <= 35 and '"' not in line and not REPORTING.search(line) \
        and not WRITER_VOICE.search(line)


WRITER_VOICE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y)\b|n't\b")
"""The writer speaking ('Talbot hasn't answered our questions.'): a caption describes its picture in
the third person, and states what is shown, not what did not happen."""


def is_copyright(line: str) -> bool:
    """'© 2024 Example Media', 'Copyright 2024 …', '… All rights reserved.'."""
    lowered = line.lower()
    if lowered.startswith("all rights reserved"):
        return words(line) <= 80  # '… This material may not be reproduced … without permission'
    return words(line) <= 30 and bool(COPYRIGHT.match(line) or "all rights reserved" in lowered)


GUEST = rx(r"^(?:guests?|featuring|with guests?|hosted by|presented by|hosts?|panell?ists?)\s*:\s*",
           r"(?-i:[A-Z][\w'.-]+ [A-Z])")
"""A show's guest or host, named as its page credits them: 'Guest: Ana Lima (@analima), correspondent'. (Not a
transcript's line, which says something: 'Host: So what happened?')."""


def is_contributor(line: str) -> bool:
    """'Jane Roe in Cairo contributed to this report.', 'Reporting by X; Editing by Y', 'Guest: Ana Lima'."""
    if words(line) > 40:
        return False
    core = line.strip("()-– ")  # '(Reporting by …)', '--With assistance from …'
    if ":" in line and words(line) <= 25 and GUEST.match(core) and not ends_sentence(line):
        return True
    return bool(CREDITS_BY.match(core) or ("contributed" in line.lower() and CONTRIBUTED.search(line)))


def is_initials(line: str) -> bool:
    """'ek/sms (AP, dpa)': the writers' initials, lower case, and the story's sources."""
    return len(line) <= 100 and line[:1].islower() and INITIALS.fullmatch(line) is not None


def is_tags_heading(line: str) -> bool:
    """'Related topics', 'Tags': the heading of a list of topics given on the lines below it."""
    return len(line) <= 40 and TAGS_HEADING.match(line) is not None


def is_tag_list(line: str) -> bool:
    """'Greece, Infrastructure, Europe': names of topics, as a page lists them under a 'Topics' heading."""
    if len(line) > 200 or ends_sentence(line):
        return False
    items = [item.strip() for item in re.split(r"[,|•·;]", line)]
    if len(items) == 1 and words(line) <= 6 and TITLE_CASE.fullmatch(line):
        return True  # one topic a line, a name of several words: 'Court of Arbitration for Sport'
    return all(item and words(item) <= 4 and (item[:1].isupper() or item[:1].isdigit()) for item in items)


TITLE_CASE = re.compile(r"[A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|[a-z]{1,3}))*")
"""Every word capitalised but the short ones: 'Court of Arbitration for Sport'."""


def is_stray(line: str) -> bool:
    """A line with no letter or digit at all: '>', '""', '|', '***'."""
    return ALNUM.search(line) is None


STRAY_NUMBER = re.compile(r"[#№]?\d{1,4}[.)]?|\d{1,3}(?:,\d{3}){1,2}")
"""A page's or a picture's number ('#3', '12.'), or a count with its thousands marked ('1,204')."""


def is_stray_number(line: str) -> bool:
    """A number alone on its line, e.g. a page or picture number ('2', '#3', '12.'), or a count left by
    its icon ('1,204')."""
    return len(line) <= 9 and STRAY_NUMBER.fullmatch(line) is not None


ERROR_REPORT = rx(r"^(?:(?:have you )?(?:seen|spotted|found|noticed) an? (?:error|mistake|typo|inaccuracy)\b",
                  r"[^.?!]{0,30}\??\s*(?:let us know|tell us|report it|contact us|write to us",
                  r"|click here)?[.!]?$",
                  r"|^(?:report|flag) an? (?:error|mistake|typo|correction)\b.{0,30}$)")
"""A page's link for reporting a mistake: 'Have you seen an error? Let us know', 'Spotted a typo?'."""


def is_ui(line: str) -> bool:
    """A button or control label copied with the page: 'Print', 'Copy link', 'Back to top', 'Spotted an
    error? Let us know', 'Transcript (auto-generated)'."""
    if len(line) <= 30 and line.lower().rstrip(" :.»›>") in UI:
        return True
    if len(line) <= 80 and SKIP_LINK.match(line):
        return True
    if len(line) <= 80 and (ERROR_REPORT.match(line) or site.TRANSCRIPT_NOTE.match(line)):
        return True
    return site.is_player_or_chooser(line)  # 'Choose language: EN · FR', 'Audio version (2:57)'


UI_ROW_SPLIT = re.compile(r"\s+[|·•∙]\s+")


def is_control_row(line: str) -> bool:
    """A row of buttons and labels: 'PDF | Cite this article | Share', 'Open access | 6 min read'."""
    if len(line) > 80 or not UI_ROW_SPLIT.search(line):
        return False
    return all(_control(item) for item in UI_ROW_SPLIT.split(line))


def _control(item: str) -> bool:
    lowered = item.lower().rstrip(" :.")
    return lowered in UI or lowered in SHARE_BUTTONS or READING_TIME.match(item) is not None


LONE_BUTTONS = SHARE_BUTTONS | frozenset("bluesky threads mastodon sms vk ok weibo wechat viber line".split())
"""Share buttons that a page may list one a line: such a line is a button only among other buttons."""


SHARE_NAME = re.compile(r"Share (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}")
"""'Share Negative Splits': the button that shares a newsletter or a show by its name."""


def is_lone_button(line: str) -> bool:
    """'Facebook', 'X', 'WhatsApp' or 'Share The Weekly' alone on a line (a button, if its neighbours are
    buttons too)."""
    if line.startswith("Share "):
        return len(line) <= 50 and SHARE_NAME.fullmatch(line) is not None
    return len(line) <= 12 and line.lower() in LONE_BUTTONS


WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|info|io"
                         r"|co|uk|eu|de|fr|es|it|pt|pl|nl|be|ch|at|ie|ua|ng|ke|gr|cz|me|example)(?:/\S*)?",
                         re.IGNORECASE)
"""A web address alone on a line: 'www.example.org', 'https://example.org/report'."""


def is_web_address(line: str) -> bool:
    """'www.example.org', 'https://example.org/report': an address alone, no sentence around it."""
    return len(line) <= 120 and " " not in line and "." in line and WEB_ADDRESS.fullmatch(line) is not None


ICON = re.compile(f"^[{ICONS}][\ufe0f\u200d ]*(?=\\w)(?!\\d[\\d.,]*[km]?$)")
"""An icon before a prompt or a button ('★ ', '🔔 ', '▶ ', '❤ '), not before a count ('▲ 1.2k')."""
COUNT_BEHIND_ICON = re.compile(f"[{ICONS}][\ufe0f\u200d ]*\\d[\\d.,]*[km]?", re.IGNORECASE)
"""A count behind its icon: votes ('▲ 1.2k'), likes ('♡ 312'), comments ('💬 41')."""


SUBSCRIBE_PROMPT = _starts(25, *SUBSCRIBE)
Rule = tuple[str, Callable[[str], bool]]
LONGEST = 1200
"""No rule matches a line longer than this: such a line is text."""
RULES: tuple[Rule, ...] = (
    ("stray character", is_stray),
    # Before the credits: 'ek/sms (AP, dpa)' names agencies after a slash, as a photo credit does.
    ("contributor line", is_initials),
    ("image gallery counter", _starts(6, *GALLERY)),  # '2 View gallery', '1 of 5', 'View all 8 photos'
    ("photo caption", is_caption_with_credit),
    ("photo caption", lambda s: words(s) <= 60 and bool(CAPTION_LABEL.match(s))),  # 'Image caption, …'
    ("photo credit", is_credit),
    ("photo credit", lambda s: len(s) <= 100 and bool(CREDIT_BUTTON.match(s))),  # 'X | Request licence'
    ("photo caption", pages.is_alt_text),  # 'Image: Map of the lake showing …'
    ("web archive banner", pages.is_archive_line),  # 'The Wayback Machine - https://web.archive.org/…'
    ("page-jump note", pages.is_jump),  # 'Continued on Page 4', 'From Page 1'
    ("cross-promotion link", pages.is_edition_promo),  # 'INSIDE: … PAGE 12', 'Read the full edition …'
    # Before the source label: an e-mail's 'From: Ann Lee <ann@example.org>' is its header.
    ("e-mail header", mail.is_header),  # 'From: …', 'Sent: Monday, 12 October 2026 6:02 PM', 'Subject: …'
    ("e-mail header", mail.is_forward_mark),  # '-----Original Message-----'
    ("source label", lambda s: len(s) <= SHORT and bool(SOURCE.match(s))),
    ("timestamp", is_timestamp),
    ("timestamp", lambda s: is_timestamp(social.post_time(s) or "")),  # 'July 9 at 6:05 AM · 🔒'
    ("timestamp", portal.is_last_edited),  # 'This page was last edited on 15 July 2026, at 08:12 (UTC).'
    ("episode details", site.is_episode_details),  # 'Episode 214 · 52 min · Mar 3, 2026'
    ("chapter list", site.is_chapter),  # '00:04:12 The appeal'
    ("page header or footer", pages.is_print_line),  # 'https://example.org/… 1/2', '4 THE HERALD, <date>'
    ("stray character", is_stray_number),
    ("reaction counter", social.is_count),  # '212.4K', '88K'
    ("reaction counter", lambda s: len(s) <= 16 and bool(COUNT_BEHIND_ICON.fullmatch(s))),  # '▲ 1.2k'
    ("page number", lambda s: len(s) <= 24 and bool(site.PAGE_NUMBER.match(s))),  # 'Page 1 of 2'
    ("page header or footer", lambda s: len(s) <= 100 and bool(site.RUNNING_HEAD.match(s))),  # '… · Page 3'
    ("table of contents", lambda s: len(s) <= 160 and bool(site.CONTENTS_LINE.search(s))),  # 'Synopsis …… 4'
    ("forum interface", lambda s: len(s) <= 160 and bool(site.FORUM_META.match(s))),  # 'ketola 4 hours ago'
    ("reading-time estimate", lambda s: len(s) <= 60 and bool(READING_TIME.match(s))),
    ("advertisement label", lambda s: len(s) <= 80 and bool(AD.match(s))),
    ("betting advertisement", site.is_betting_ad),  # 'Bet £10 Get £30 in Free Bets', '18+ | T&Cs apply'
    ("sponsor message", site.is_sponsor_message),  # 'This episode is supported by …'
    ("comment counter", lambda s: len(s) <= 90 and bool(COMMENT_COUNT.match(s))),
    ("comments heading", lambda s: len(s) <= 40 and bool(COMMENT_HEAD.match(s))
     or len(s) <= 250 and bool(COMMENTS_ON.match(s))),
    ("comment-policy text", is_comment_policy),
    ("cookie notice", site.is_cookie_notice),
    ("page interface text", is_ui),
    ("page interface text", pages.is_player_control),  # 'Speed 1x', 'Powered by SautiReader'
    ("page interface text", pages.is_source_link),  # 'Open at example.org'
    ("disclosure or notice", pages.is_page_notice),  # '… displays this story as published by the source.'
    ("podcast app link", lambda s: len(s) <= 60 and bool(site.PODCAST_APP.match(s))),  # 'Listen on Spotify'
    ("social-media prompt", is_social),
    ("social-media prompt", site.is_forward_prompt),  # 'Like this issue? Forward it to a friend.'
    ("page interface text", is_control_row),  # after the share buttons' rule: 'PDF | Cite this article
    # Before the prompts: 'Newsletters' alone is the site's menu, not its sign-up box.
    ("navigation links", lambda s: len(s) <= 14 and s.lower() in site.SERVICE_LINKS),
    # ('Sign up for our newsletter', 'Subscribe now'; not 'Get the app working again, the minister said.')
    ("subscription prompt", lambda s: SUBSCRIBE_PROMPT(s) and not REPORTING.search(s)),
    ("subscription prompt", site.is_membership_prompt),  # 'You have read 4 of your 5 free articles…'
    ("notification prompt", site.is_notification_prompt),
    ("weather widget", site.is_weather),
    ("cross-promotion link", _starts(30, *PROMO)),  # 'Read more: …', 'Read' + a headline, 'Related: …'
    ("video link", _starts(30, VIDEO)),  # 'WATCH: …', 'Video: …'
    ("breadcrumb trail", site.is_breadcrumb),
    ("navigation links", site.is_navigation),
    ("print-edition note", site.is_print_edition),
    ("reprint notice", lambda s: words(s) <= 40 and bool(REPRINT.match(s))),
    ("copyright notice", is_copyright),
    ("contributor line", is_contributor),
    ("topic tags", lambda s: len(s) <= 300 and bool(TAGS.match(s) or HASHTAGS.fullmatch(s))
     or is_tags_heading(s)),
    ("news-tip prompt", is_tip_prompt),
    ("standards notice", lambda s: words(s) <= 20 and bool(STANDARDS.match(s))),
    ("market data", site.is_market_data),  # 'FTSE 8,102.10 +0.4%  DAX 18,230.55 -0.1%'
    ("reaction counter", lambda s: len(s) <= 60 and bool(site.REACTIONS.match(s))),  # '24 Likes∙7 Restacks'
    ("subscription prompt", lambda s: len(s) <= 40 and bool(site.EMAIL_FIELD.match(s))),  # 'Type your email…'
    ("subscription prompt", site.is_offer),  # 'Only €1 for 4 weeks', '… in this weekly newsletter.'
    ("exchange-rate note", lambda s: len(s) <= 60 and bool(site.EXCHANGE_RATE.match(s))),  # '($1 = 0.92 €)'
    ("translation note", site.is_translation_note),  # '… translated from …', '… also available in French.'
    ("press-release label", site.is_release_label),  # 'PRESS RELEASE', 'Ref: AIU/2026/014'
    ("end of release", lambda s: len(s) <= 30 and bool(site.END_OF_RELEASE.match(s))),  # 'ENDS'
    ("distributor line", lambda s: len(s) <= 80 and bool(site.DISTRIBUTOR.match(s))),  # 'SOURCE Example SA'
    ("legal notice", lambda s: words(s) <= 80 and bool(site.RELEASE_NOTICE.match(s))),
    ("contact details", site.is_contact),  # 'Media contacts:', '+44 20 7946 0000 press@example.org'
    ("contact details", mail.is_phone_row),  # 'M: 0412 555 318 | T: (02) 5550 3381'
    ("e-mail signature", mail.is_device_signature),  # 'Sent from my iPhone'
    ("e-mail notice", mail.is_mail_notice),  # '[EXTERNAL] This email originated from outside …'
    ("covering note", mail.is_covering_note),  # 'FYI – …', 'Please find below our media release …'
    ("job title", mail.is_title_row),  # 'Ben Okafor | Health Reporter | Mid Coast Mercury'
    ("acknowledgement of Country", site.is_acknowledgement),  # '… acknowledges the Traditional Custodians …'
    ("about the author", site.is_author_box),  # 'About the author', 'Jane Doe covers … Before joining …'
    ("live-page note", lambda s: len(s) <= 90 and bool(site.LIVE_NOTES.match(s))),
    ("embedded post frame", site.is_embed_frame),  # 'Skip X post by NCDC', 'Allow X content?'
    ("donation appeal", lambda s: words(s) <= 30 and bool(site.APPEAL.match(s))),
    ("legal notice", site.is_charity_number),
    ("journal apparatus", site.is_journal_apparatus),  # 'doi:10.…', 'Figure 1: …', 'Competing interests: …'
    ("subscription prompt", lambda s: len(s) <= 60 and bool(site.SIGN_UP.match(s))),
    ("disclosure or notice", site.is_site_note),  # 'Disclosure: …', '… may earn a commission …'
    ("social-media prompt", site.is_handles),  # 'X: @jpike · Bluesky: @jpike.bsky.social'
    ("contact details", site.is_helpdesk),  # 'Member helpdesk: 088 …', 'X · Postbus 2150 · 3500 GD …'
    ("forum interface", site.is_forum_interface),  # 'u/name', '214k Members', 'Sort by: Best'
    ("page interface text", lambda s: len(s) <= 120 and bool(site.JAVASCRIPT.search(s))),
    ("live-page note", lambda s: words(s) <= 60 and bool(site.LIVE_HOST.search(s))),
    ("newsletter greeting", site.is_newsletter_greeting),  # 'Good morning, and welcome to issue 88. …'
    ("sign-off", site.is_sign_off),  # 'That's it for this week. See you next Saturday.'
    ("web address", is_web_address),  # 'www.example.org'
    ("byline", lambda s: len(s) <= 100 and bool(site.LIVE_BYLINE.match(s) or site.ROLE_LABEL.match(s))),
    ("subscription prompt", site.is_reader_appeal),  # 'funded by readers like you', 'free preview'
    ("event promotion", lambda s: words(s) <= 30 and bool(site.EVENT_PROMO.search(s))),
    ("reference list", lambda s: len(s) <= 400 and bool(site.FOOTNOTE_LINKS.match(s))),  # '[1] https://…'
    ("update note", lambda s: len(s) <= 200 and bool(UPDATE_NOTE.match(s))),  # '(Updates with …)'
    ("forum interface", social.is_post_mark),  # 'Top contributor', 'Forwarded from …', '• 2nd', 'Follow'
    ("content warning", social.is_content_warning),  # 'CW: death, violence'
    ("profile description", social.is_profile_note),  # 'Threat intel lead @x. … Views my own.'
    ("page interface text", site.is_button),  # 'Learn more', 'Download the report'
    ("channel's description", social.is_description),  # 'Welcome to X. … Boost the channel: …'
    ("encyclopedia's note", portal.is_entry_note),  # 'This article is about …'
    ("reference list", portal.is_cited_work),  # '^ a b "Title". Publisher. Retrieved 14 July 2026.'
    ("copyright notice", portal.is_licence),  # 'Text is available under the Creative Commons … License'
    ("contact details", portal.is_help_line),  # 'Emergency information line: 1-866-555-0143', 'call 9-1-1'
    ("page interface text", portal.is_page_note),  # 'Was this page helpful?', 'View interactive map'
    ("alert box", portal.is_alert_banner),  # 'Status: Active – Evacuation Order in effect'
    ("cross-promotion link", portal.is_station_promo),  # 'Stay tuned to 99.1 The Lake for updates …'
    *pages.RECORD_RULES,
    *live.RULES,
    *letter.RULES,
    *gallery.RULES,
    *chat.CHAT_RULES,
)
"""Line kinds in the order they are tried: the first that matches names the reason."""
MEDIA = frozenset(("photo caption", "photo credit", "repeated line", "non-English caption",
                   "image gallery counter"))
"""Reasons of lines that belong to an image block (a caption, its credit, its counter), found by these
rules or by a line's neighbours (`generator.clean`)."""
LONG_KINDS = frozenset(("stray character", "encyclopedia's note", "channel's description", "photo caption",
                         "web archive banner", "page header or footer",
                        "comment-policy text", "subscription prompt",
                        "market data", "legal notice", "translation note", "embedded post frame",
                        "disclosure or notice", "live-page note", "reference list",
                        "journal apparatus",
                        "cross-promotion link", "reprint notice", "copyright notice", "contributor line",
                        "topic tags", "news-tip prompt", "cookie notice", "betting advertisement",
                        "sponsor message", "newsletter greeting", "e-mail notice", "covering note",
                        "acknowledgement of Country", "about the author", "profile description")
                       ) | pages.RECORD_LONG_KINDS | live.LONG_KINDS | letter.LONG_KINDS \
    | chat.CHAT_LONG_KINDS
LONG_RULES = tuple(rule for rule in RULES if rule[0] in LONG_KINDS)
"""The kinds of line that can be longer than `SHORT`; UI strings, credits and counters cannot."""


LINES_KEPT = 1 << 14
"""Decisions `line_reason` remembers: a story's boilerplate repeats across the articles of an outlet."""




LINK_NOTE = rx(r",?\s*\(?opens (?:in )?(?:a )?new (?:tab|window)\)?")
"""What a screen reader is told of a link, copied with its text: 'Our Standards…, opens new tab'."""


@lru_cache(maxsize=LINES_KEPT)
def line_reason(line: str) -> str | None:
    """Why this line, taken alone, is not article text; None when nothing marks it as boilerplate."""
    counted = social.counter(line)  # counts behind icons: '😢 640 🔥 212', '👁 9.8K 08:40'
    if counted is not None:
        return counted
    line = ICON.sub("", line, count=1)  # the prompt is the same without its icon
    heading = portal.without_edit_link(line)  # an encyclopedia's 'References[edit]' is 'References'
    if heading is not None:
        return line_reason(heading) or ("reference list" if portal.is_apparatus_heading(heading) else None)
    if "new " in line and LINK_NOTE.search(line):  # a link: what it is, or a button of the page
        line = LINK_NOTE.sub("", line)
        return line_reason(line) or ("page interface text" if words(line) <= 15 else None)
    if len(line) > LONGEST:
        return "stray character" if is_stray(line) else None
    for reason, test in RULES if len(line) <= SHORT else LONG_RULES:
        if test(line):
            return reason
    return _bilingual_reason(line) if len(line) <= SHORT else None


HALVES = re.compile(r" [/|] ")
"""Where a bilingual page joins a label to its translation: 'Publicidad / Advertisement'."""
BILINGUAL_KINDS = frozenset(("advertisement label", "cross-promotion link", "topic tags", "comment counter",
                             "comments heading", "subscription prompt", "page interface text",
                             "social-media prompt", "cookie notice", "notification prompt"))
"""What a half of a line may be for the whole to be that: the site's labels, prompts and buttons (not a
date, a number or a credit, which a story's 'A / B' may hold)."""


def halves(line: str) -> tuple[str, ...]:
    """The line's two halves around its first ' / ' or ' | ', or none."""
    split = HALVES.search(line) if " / " in line or " | " in line else None
    return (line[:split.start()], line[split.end():]) if split else ()


BILINGUAL_RULES = tuple(rule for rule in RULES if rule[0] in BILINGUAL_KINDS)
BILINGUAL_WORDS = 30


def _bilingual_reason(line: str) -> str | None:
    """A site's label given in two languages, one after the other: 'Lee también | Read also: …', 'Ver
    comentarios / See comments'. Either half says what the line is."""
    if words(line) > BILINGUAL_WORDS:
        return None
    for half in reversed(halves(line)):  # the translation (after the separator) first
        half = ICON.sub("", half, count=1)
        reason = next((reason for reason, test in BILINGUAL_RULES if test(half)), None)
        if reason is not None:
            return reason
    return None
