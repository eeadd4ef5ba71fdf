"""The site around the article: line rules for what a news site puts on every page, whatever the story.

Cookie banners, paywall counters and calls to pay, notification prompts, a weather widget, a language
chooser, an audio player's button, breadcrumbs, a row of the site's menu, the print edition's page; a
bookmaker's advertisement; a press release's labels and page numbers; a forum's interface; a podcast's
page (its apps, the episode's details, chapters, sponsor reads) and a newsletter's greeting, sign-off
and footer; a consent wall, a sign-up form's privacy note, a promotion's button, an acknowledgement of
Country, the box about the author. Each
is recognised by its shape and the vocabulary sites use for it (in English, with the common words of a
few other languages where they are cheap), never by the text of one article; `generator.cleanrules`
lists them among its rules. A line that reports what someone said is the story's, not the site's.
"""

from __future__ import annotations

import re

from generator.cleanshapes import DATE, DIGIT, REPORTING, WEEKDAY, ends_sentence, rx, words

PRICE = rx(r"(?:\d+(?:[.,]\d{1,2})?\s?(?:[€£$]|(?:zł|zl|pln|eur|euros?|usd|kč|czk|ft|huf|lei|chf|kr",
           r"|dollars?|pounds?)\b)|[€£$]\s?\d)")
"""A price as a paywall states it: '19 zł', '9.99 zł', '€4', '$1'."""
MEMBERSHIP_CALL = rx(r"(?:^|[.!?:–—]\s+)(?:(?:become|join as) an? ",
                     r"(?:member|subscriber|supporter|patron|friend|donor)",
                     r"|subscribe|support us|keep us going|unlock)\b")
"""A call to pay, starting a sentence: 'Subscribe from …', 'Keep us going: become a patron …'."""
METERED = rx(r"\byou(?:'ve| have) (?:read|used|reached|viewed)\b.{0,30}\bfree (?:articles?|stories|reads)\b",
             r"|\bthis (?:article|story|piece|issue|post|edition) is free (?:to read|for all readers)\b",
             r"|\b(?:consider|by) becoming an? (?:paid |paying )?(?:member|subscriber|supporter|patron)\b",
             r"|\bfree (?:articles?|stories) (?:left|remaining)\b")
"""A metered paywall counting the reader's free articles: 'You have read 4 of your 5 free articles'."""
MEMBERSHIP_CUES = ("free", "becom", "join", "subscri", "support", "keep us", "unlock")
"""Words one of which every such prompt has (METERED, MEMBERSHIP_CALL): a plain look for them is quicker."""
ADDRESSED = rx(r"\b(?:you|your|us|our|we)\b")
"""A prompt speaks to the reader or for the outlet; a story's sentence about a price need not."""


def is_membership_prompt(line: str) -> bool:
    """'You have read 4 of your 5 free articles. Subscribe from 19 zł…', 'Become a patron from 5 € a month':
    a paywall's count, or a call to pay with its price, addressed to the reader."""
    lowered = line.lower()
    if words(line) > 45 or '"' in line or not any(cue in lowered for cue in MEMBERSHIP_CUES):
        return False
    prompt = METERED.search(line) or MEMBERSHIP_CALL.search(line) and PRICE.search(line) \
        and (ADDRESSED.search(line) or "?" in line)  # 'Not a member yet? Join from €14.95 a month.'
    return bool(prompt) and REPORTING.search(line) is None  # last: the costliest test, asked of few lines


NOTIFICATIONS = rx(r"^(?:never|don'?t) miss (?:a|an|another|any) (?:post|story|article|update|episode)\b",
                   r"|(?:^|[:.!]\s+)(?:turn|switch) on (?:push |browser )?(?:notifications|alerts)\b",
                   r"|^(?:enable|allow|activate|get) (?:push |browser )?notifications\b")


def is_notification_prompt(line: str) -> bool:
    """'Never miss a post: switch on notifications', 'Enable push notifications'."""
    lowered = line.lower()
    if "notif" not in lowered and "alert" not in lowered and "miss" not in lowered:
        return False  # a plain look for the words first: most lines have none of them
    return words(line) <= 20 and NOTIFICATIONS.search(line) is not None


COOKIE_USE = rx(r"\b(?:use|uses|using|accept|consent to|store|set|place)\b(?:\s+\S+){0,4}?\s+cookies\b",
                r"|\bcookies? (?:policy|settings|preferences|notice|consent)\b",
                r"|\bmanage (?:cookie )?preferences\b")
COOKIE_WEB = rx(r"\b(?:site|website|browsing|browser|personali[sz]e|analytics|traffic|advertising|ads",
                r"|preferences|consent|settings|experience|partners|policy|ok)\b")
"""Cookies as a site uses them: 'We and our partners use cookies to personalise content…'."""


CONSENT_WALL = rx(r"^we (?:care about|value|respect) your privacy[.!]?$",
                  r"|^(?:we and )?our (?:\d[\d,]* )?(?:partners|vendors) (?:store|use|access|process)\b",
                  r"|\bmanage your (?:choices|preferences|consent)\b",
                  r"|\byour choices will be (?:signalled|signaled)\b",
                  r"|^(?:see |view )?(?:the )?list of (?:our )?(?:partners|vendors)\b.{0,20}$")
"""A consent wall's own lines, which need not say 'cookie': its title ('We care about your privacy'), what
'we and our 812 partners' do, the choices it offers, the list of its partners."""
CONSENT_CUES = ("privacy", "partners", "vendors", "choices")


def is_cookie_notice(line: str) -> bool:
    """A cookie banner: 'We use cookies… Manage preferences | Accept all', 'By staying on this site you
    accept our use of cookies. [OK]' (and not 'Police said cookies were handed out'); a consent wall's
    lines ('We care about your privacy', 'We and our 812 partners store and/or access information on a
    device …', 'List of partners (vendors)')."""
    if words(line) > 80:
        return False
    lowered = line.lower()
    if "cookie" in lowered and COOKIE_USE.search(line) and COOKIE_WEB.search(line):
        return not REPORTING.search(line)
    return (any(cue in lowered for cue in CONSENT_CUES) and CONSENT_WALL.search(line) is not None
            and not REPORTING.search(line))


WEATHER = rx(r"^(?:[^\W\d][\w'.-]*(?: [^\W\d][\w'.-]*){0,3}\s*[:,·|-]?\s*)?[−-]?\d{1,2}\s?[°º]\s?[cf]?",
             r"\s*[,·|/-]?\s*(?:light |heavy |partly |mostly |scattered )?",
             r"(?:rain|showers?|sunny|sun|clouds?|cloudy|overcast|snow|sleet|fog|foggy|mist|drizzle|clear",
             r"|fair|thunderstorms?|storms?|windy|hail)$")


def is_weather(line: str) -> bool:
    """A weather widget: a place, a temperature and the sky ('Gdynia 11°C, light rain'). A temperature
    alone ('Seville 44°C') may be the story's list."""
    return words(line) <= 8 and ("°" in line or "º" in line) and WEATHER.match(line) is not None


LANGUAGE = (r"(?:[a-z]{2}|english|deutsch|español|français|polski|čeština|italiano|português|magyar"
            r"|slovenčina)")
LANGUAGES = rx(r"^(?:(?:choose|select|change|switch)(?: the| your)? )?(?:language|edition|read in|also in)s?",
               rf"\s*:?\s*{LANGUAGE}(?:\s*[·|/,•]\s*{LANGUAGE})+$")
"""A language or edition chooser: 'Choose language: CZ · EN · DE', 'Edition: UK | US'."""
AUDIO = rx(r"^(?:listen(?: to (?:this|the) (?:article|story))?|audio(?: version| article| story)?",
           r"|play(?: audio)?|hear (?:this|the) (?:article|story))",
           r"\s*[:·(\-–—]?\s*\(?(?:\d{1,2}:\d{2}|\d+\s*min(?:ute)?s?)\)?$")
"""An audio player's button with its length: 'Audio version (2:57)', 'Listen 4:10'."""


def is_player_or_chooser(line: str) -> bool:
    """A control of the page: a language or edition chooser, or an audio player's button."""
    return len(line) <= 80 and bool(LANGUAGES.match(line) or AUDIO.match(line))


CRUMBS = re.compile(r"\s+[›»>]\s+")
NAV_SPLIT = re.compile(r"\s+[·|•∙]\s+")
NAV_WORDS = frozenset("home news sport sports weather business culture opinion podcasts podcast newsletters "
                      "newsletter video videos audio live schedule programmes programs shows contact about "
                      "archive events jobs shop games puzzles crosswords radio tv e-paper epaper apps world "
                      "politics economy markets companies tech technology science health lifestyle travel "
                      "entertainment arts life local national international society justice education "
                      "privacy terms cookies accessibility contacts imprint impressum sitemap help faq "
                      "advertise careers corrections pricing newsroom investors platform products solutions "
                      "company blog partners customers support docs developers resources security "
                      "data".split())
"""The sections and services a site's menu lists: 'Podcasts · Newsletters · Schedule & frequencies'."""


def _menu_items(line: str, split: re.Pattern[str]) -> list[str] | None:
    """The items of a menu-like line: two or more short capitalised names, and no sentence's end."""
    items = split.split(line)
    return items if len(items) >= 2 and not ends_sentence(line) and _fit_menu(items) else None


def _fit_menu(items: list[str]) -> bool:
    return all(item and words(item) <= 4 and (item[:1].isupper() or item[:1].isdigit()) for item in items)


def is_breadcrumb(line: str) -> bool:
    """'Poland › Local government', 'Home > News > World': the sections above the article's page (not a
    quotation between '»' and '«')."""
    return len(line) <= 100 and "«" not in line and _menu_items(line, CRUMBS) is not None


def is_navigation(line: str) -> bool:
    """'Podcasts · Newsletters · Schedule & frequencies': a row of the site's menu (two of its items at
    least name a site's section or service: a list of the story's names has none)."""
    items = _menu_items(line, NAV_SPLIT) if len(line) <= 120 else None
    return bool(items) and sum(item.split()[0].lower() in NAV_WORDS for item in items) >= 2


def is_menu_row(cells: list[str]) -> bool:
    """'Home  World  Companies  Markets  Opinion': the cells of a menu, which a copy separates by runs of
    spaces (or tabs) where a sentence has one; two of them name a site's section or service."""
    return (len(cells) >= 3 and not ends_sentence(cells[-1]) and _fit_menu(cells)
            and sum(cell.split()[0].lower() in NAV_WORDS for cell in cells) >= 2)


PRINT_EDITION = rx(r"^(?:(?:in )?(?:the )?print(?:ed)? (?:edition|version)|in print|newspaper edition)",
                   rf"\s*[:,–—-]\s*(?:{WEEKDAY}\s*,?\s*)?(?:{DATE}|.{{0,40}}\b(?:page|p\.) ?[a-z]?\d)")


PIECE = r"(?:article|story|piece|essay|feature|report|interview)"
IN_ISSUE = rx(rf"^this {PIECE} (?:appears|appeared|ran|was published|is published) in (?:the )?(?:print )?",
              r"(?:issue|edition|number|no\.) ?#?\d{1,4}\b",
              rf"|^this {PIECE} (?:appears|appeared|ran) in (?:the|our) (?:\w+ ){{0,2}}",
              r"(?:print edition|magazine|issue)\b")
"""A magazine's note on the issue that carries the article: 'This article appears in issue 312 of …'."""


def is_print_edition(line: str) -> bool:
    """Where the print edition carried the article: 'Print edition: Friday 3 May 2024, page 6', 'This
    article appears in issue 312 of Example Weekly.'."""
    return len(line) <= 120 and (PRINT_EDITION.match(line) is not None or IN_ISSUE.match(line) is not None)


# --- offers, counters, market data and notes a page adds to an article --------------------------------

MARKET_MOVE = re.compile(r"(?<![\w.])[+−–-]\d+(?:[.,]\d+)?\s?%")
"""A price's move as a ticker shows it: '+0.38%', '-0.21%'."""


def is_market_data(line: str) -> bool:
    """'FTSE 8,102.10 +0.4%  DAX 18,230.55 -0.1%': a strip of index or share prices, each with its move
    (a story writes 'rose 0.4%', not '+0.4%', and not twice in a row without a sentence)."""
    return (len(line) <= 400 and line.count("%") >= 2 and not ends_sentence(line)
            and len(MARKET_MOVE.findall(line)) >= 2)


REACTIONS = rx(r"^\d[\d.,]*[km]?\s*(?:likes?|restacks?|shares?|reactions?|retweets?|(?:re)?posts?|claps?",
               r"|upvotes?|recommends?|hearts?)(?:\s*[∙·|•,]\s*\d[\d.,]*[km]?\s*[^\W\d]+){0,3}$")
"""'24 Likes∙7 Restacks', '1.2k shares', '8,214 posts': what readers did with the post (or about a topic),
counted."""
EMAIL_FIELD = rx(r"^(?:(?:type|enter|add|your)(?: your)? )?e-?mail(?: address)?(?: here)?\s*[.…:]*",
                 r"(?:\s*(?:sign up|subscribe|submit|go|join))?$")
"""An empty form field's placeholder, copied as text: 'Type your email...'."""
PRICE_AMOUNT = (r"(?:[€£$]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|zł|eur\b|euros?\b|usd\b|dollars?\b"
                r"|pounds?\b))")
PERIOD = (r"(?:(?:for |a |per |/ ?)(?:\d+ |one |two |three |four |six |twelve )?"
          r"(?:weeks?|months?|years?|days?))")
OFFER = rx(r"^(?:try|get|start|enjoy|unlock)(?: \w+){0,2} (?:unlimited|full|premium|digital|all-access)",
           r"(?: digital)? access\b",
           rf"|^(?:only |just |then |from )?{PRICE_AMOUNT} {PERIOD}(?: {PERIOD})?[.!]?$",
           r"|^unlock\b.{0,60}\bfor free[.!]?$")
"""A paywall's offer: 'Try unlimited access', 'Only €1 for 4 weeks', 'Unlock the Editor's Digest for free'."""
CANCEL_ANYTIME = rx(r"\bcancel (?:at )?any ?time\b")
NEWSLETTER_PITCH = rx(r"\b(?:in|with|from|through) (?:this|our) (?:free |weekly |daily |monthly |morning ",
                      r"|evening |fortnightly )*newsletter\b")
"""A newsletter's description: 'Our editor selects her favourite stories in this weekly newsletter.'."""


def is_offer(line: str) -> bool:
    """A paywall's offer or a newsletter's pitch (`OFFER`, `NEWSLETTER_PITCH`), or a trial's terms
    addressed to the reader ('Then €75 per month. … Cancel anytime during your trial.')."""
    if words(line) > 40 or '"' in line:
        return False
    if words(line) <= 12 and OFFER.match(line):
        return True
    lowered = line.lower()
    if words(line) <= 25 and "cancel" in lowered and CANCEL_ANYTIME.search(line) \
            and (ADDRESSED.search(line) or PRICE.search(line)):
        return REPORTING.search(line) is None
    return words(line) <= 30 and "newsletter" in lowered and NEWSLETTER_PITCH.search(line) is not None


EXCHANGE_RATE = rx(r"^\(\s*(?:[$€£¥]\s?1|1 [a-z]{3,10}|[a-z]{3} ?1)\s*=\s*[$€£¥]?\s?\d[\d.,]*\s*[^\W\d]*",
                   r"(?: [^\W\d]+){0,2}\s*\)\.?$")
"""The rate a wire used for its conversions, on a line of its own: '($1 = 0.9235 euros)'."""
TRANSLATED = rx(r"^(?:this (?:article|story|text|report|piece|interview) (?:was|has been|is) (?:\w+ ){0,2}",
                r"translated\b|(?:translated|machine[- ]translated) (?:from|by|with)\b)")
"""'This article was translated from Portuguese with the help of automatic tools…'."""
LANGUAGE_NAME = (r"(?:english|french|spanish|german|italian|portuguese|dutch|polish|arabic|russian|ukrainian"
                 r"|chinese|japanese|other languages|several languages|français|francais|anglais|espagnol"
                 r"|español|espanol|inglés|ingles|francés|deutsch|englisch|italiano|inglese|português"
                 r"|portugues|inglês|nederlands|engels|polski)")
ALSO = r"(?:also |également |egalement |también |tambien |auch |anche |ook |também )"
ALSO_AVAILABLE = rx(r"^(?:this|ce|cette|este|esta|dieser|diese|dieses|questo|questa|deze|dit) ",
                    r"(?:press |news |media )?(?:release|statement|communiqué|communique|comunicado",
                    r"|comunicato|pressemitteilung|persbericht|article|text|texte|texto|document|report",
                    rf"|announcement|page) {ALSO}?(?:is|est|está|ist|è|es) {ALSO}?(?:available|disponible",
                    r"|disponível|verfügbar|disponibile|beschikbaar)",
                    rf" (?:in|en|em|auf|in het) {LANGUAGE_NAME}\b")
"""A release's note that it exists in other languages: 'Ce communiqué est également disponible en
français.'."""


def is_translation_note(line: str) -> bool:
    """'This article was translated from …', 'This release is also available in French.' (both patterns
    are anchored at the line's start: they fail on its first word)."""
    if words(line) > 35:
        return False
    return bool(TRANSLATED.match(line) or ALSO_AVAILABLE.match(line) and REPORTING.search(line) is None)


# --- press releases: the distribution service's lines, legal notices, contacts -------------------------

DISTRIBUTOR = re.compile(r"^(?:SOURCE\s+[A-Z]\S*(?: \S+){0,7}|(?i:news provided by)(?:\s+\S.{0,60})?)$")
"""The press-release service's lines: 'NEWS PROVIDED BY', 'SOURCE Example Energy, S.A.'."""
RELEASE_NOTICE = rx(r"^this (?:announcement|press release|release|communication|document|publication) ",
                    r"(?:contains|includes|constitutes|is not|does not)\b.{0,240}\b(?:inside information",
                    r"|forward-looking|offer to (?:sell|buy)|solicitation|market abuse)")
"""A release's legal notice: 'This announcement contains information that qualifies as inside …'."""
EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){2,4}")
CONTACT_HEADING = rx(r"^(?:to contact the (?:reporters?|editors?|authors?|writers?)(?: responsible)?",
                     r"(?: (?:for|on) this (?:story|article))?",
                     r"|(?:media|press|investor|news|editorial)",
                     r"(?: relations(?: (?:contacts?|enquiries|inquiries|queries))?",
                     r"| (?:contacts?|enquiries|inquiries|queries))|contacts?",
                     r"|for (?:more|further) information(?:,? please)?(?: contact)?)\s*:?$")
"""The heading of a release's contacts: 'Media contacts:', 'Investor Relations:', 'For more information:'."""


POSTAL_ADDRESS = re.compile(r"^(?:\d{4,5} (?P<town>[^\W\d_][\w'-]+(?: [^\W\d_][\w'-]+)?), "
                            r"(?P<street>(?:[^\W\d_][\w'.-]* ){1,4})\d{1,4}(?:[–-]\d{1,4})?[a-z]?"
                            r"|(?P<street2>(?:[^\W\d_][\w'.-]* ){1,4})\d{1,4}[a-z]?, \d{4,5} "
                            r"(?P<town2>[^\W\d_][\w'-]+))\.?$")
"""An office's postal address alone on its line, the postcode before the town or after the street:
'1357 Budapest, Kossuth Lajos tér 1–3.', 'Kossuth Lajos tér 1, 1055 Budapest'."""


def is_office_address(line: str) -> bool:
    """A two-part postal address alone on its line (POSTAL_ADDRESS; three parts or more are
    `is_postal_address`'s): its town and its street's first word capitalised ('2000 people marched, the
    police said 4.' is a sentence)."""
    if len(line) > 80 or "," not in line or not DIGIT.search(line):
        return False
    match = POSTAL_ADDRESS.match(line)
    if match is None:
        return False
    town = match.group("town") or match.group("town2")
    street = match.group("street") or match.group("street2")
    return town[:1].isupper() and street[:1].isupper()


def is_contact(line: str) -> bool:
    """A contact heading, or a short line giving an e-mail address, a telephone number ('+351 21 000
    4471 press@example.org') or a postal address: a story's sentence around an address ends with its full
    stop (but an address may end with an abbreviation's)."""
    if is_office_address(line):
        return True
    if len(line) > 120 or ends_sentence(line) and not line.endswith(":"):
        return False
    if "@" not in line and not DIGIT.search(line):
        return CONTACT_HEADING.match(line) is not None
    return bool(CONTACT_HEADING.match(line) or EMAIL_ADDRESS.search(line) or PHONE.fullmatch(line)
                or PHONE.match(line) and words(line) <= 8 and EMAIL_ADDRESS.search(line))


PAGE_NUMBER = rx(r"^(?:[-–—]\s*)?(?:page|p\.|pg\.?|seite|página|pagina|strona|stránka)\s*\d{1,4}",
                 r"(?:\s*(?:of|/|de|von|z|di|sur)\s*\d{1,4})?(?:(?<=\d)\s*[-–—])?$",
                 r"|^[-–—]\s*\d{1,4}\s*[-–—]$")
"""A document's page number, copied with its text from a PDF: 'Page 1 of 2', '– 3 –', '— Page 1 of 2 —'."""
RUNNING_HEAD = rx(r"^[^.!?]{2,80}\s[·|•–—-]\s*",
                  r"(?:page|p\.|pg\.?|seite|página|pagina|strona|stránka|sivu|sida)\s*\d{1,4}",
                  r"(?:\s*(?:of|/|de|von|z|di|sur|av|af)\s*\d{1,4})?$")
"""A document's running head or foot, its title and its page number, on every page a PDF's copy pasted:
'Preliminary report L2026-04 · Page 3 of 11', 'Annual report 2025 | p. 12'."""
CONTENTS_LINE = re.compile(r"\S(?: ?\.){8,}\s*\d{1,4}$|\S ?…{3,}\s*\d{1,4}$|\S(?: ?\.){20,}$")
"""A line of a document's contents, its title and page number joined by a leader of dots: '1.1 History
of the flight ........ 4', or a leader cut off by the copy (twenty dots). Not a sentence's ellipsis, nor
'Wait for it.........'."""
_FORUM_LINK = (r"(?:parent|next|prev|root|context|hide|past|favou?rite|flag|edit|delete|reply|vouch|link"
               r"|discuss|on: .{1,80}|\d{1,5} comments?|\[(?:–|-|\+|\d{1,4} more)\])")
FORUM_META = rx(r"^(?:\d{1,6} points? by )?[\w.-]{2,30} \d{1,3} (?:second|minute|hour|day|week|month|year)s?",
                rf" ago(?:\s*\|\s*{_FORUM_LINK})*(?:\s*{_FORUM_LINK})?$")
"""A forum's comment head, its author, its age and its links: 'ketola 4 hours ago | parent | next [–]',
'214 points by kaarlo 5 hours ago | hide | past | favorite | 87 comments'."""
RELEASE_LABEL = rx(r"^(?:(?:our |press release |media release |news release )?ref(?:erence)?\.?",
                   r"(?: no\.?| number)?|(?:press |media |news )?release (?:no\.?|number|#))",
                   r"\s*[:#]?\s*[A-Z0-9][\w/.-]*\d[\w/.-]*$",
                   r"|^for immediate release\b[\s:.,–—-]*(?:\S.{0,40})?$",
                   r"|^embargoed (?:until|till|to)\b.{0,60}$|^(?:press|media|news) release$")
"""A press release's labels: 'PRESS RELEASE', 'Ref: AIU/2026/014', 'For immediate release', 'Embargoed
until …'."""
END_OF_RELEASE = rx(r"^[-–—#*\s]*(?:(?-i:ENDS?|Ends)|end of (?:press )?release|-30-|- 30 -)[-–—#*\s]*$")
"""The mark that ends a press release's text: 'ENDS', '-ENDS-', 'End of release', '-30-'."""


POINTER = rx(r"@|https?://|\bwww\.|\w\.(?:com|org|net|gov|int|eu|example)\b",
             r"|\b(?:available|published|found|posted|listed) (?:at|on|from|in)\b",
             r"|\b(?:media|press) (?:enquiries|inquiries|contacts?)\b|\bfor (?:more|further) information\b",
             r"|\bcontact\b|\bvisit\b|\b(?:does|do|will) not comment\b")
"""What a note to editors that points somewhere says: an address, where a document is, whom to call,
that the body does not comment."""


def is_pointer_note(line: str) -> bool:
    """A note to editors that tells journalists where to look or whom to ask ('1. The decision is
    published at example.org/decisions.', '4. Media enquiries: media@example.org or 02 5550 9284.', '2.
    The authority does not comment on appeals.'), not background to the story ('1. The scheme has
    operated since February 2018.')."""
    return words(line) <= 80 and (POINTER.search(line) is not None or PHONE.search(line) is not None)


def is_release_label(line: str) -> bool:
    """'PRESS RELEASE', 'Ref: AIU/2026/014', 'For immediate release': what a release says it is."""
    return len(line) <= 80 and RELEASE_LABEL.match(line) is not None


# --- live pages, embedded posts, appeals for money, the apparatus of a journal ----------------------------

LIVE_NOTES = rx(r"^(?:all times (?:are |stated |shown |given )?(?:are |in )?\w[\w ]{0,40}(?:\(\w+\))?\.?",
                r"|get involved\s*:?\s*(?:#\w+)?.{0,40}",
                r"|(?:jump|skip) to (?:the )?(?:latest|newest) (?:updates|posts))$")
"""A live page's notes: 'All times stated are West Africa Time (WAT)', 'Get involved: #Tag'."""
EMBED = rx(r"^(?:skip|end of) (?:\w+ )?(?:post|content|tweet|video|message|embed)s? (?:by|from)\b.{1,60}$",
           r"|^allow (?:\w+ )?(?:content|cookies)\??$",
           r"|^this (?:article|page|post) contains content provided by\b",
           r"|\bnot responsible for the content of external (?:sites|websites|links|pages)\b")
"""An embedded post's frame: 'Skip X post by NCDC', 'Allow X content?', 'End of X post by …'."""


def is_embed_frame(line: str) -> bool:
    lowered = line.lower()
    cue = "post" in lowered or "content" in lowered or "responsible" in lowered
    return cue and words(line) <= 70 and EMBED.search(line) is not None


APPEAL = rx(r"^(?:your (?:gift|donation|support)|(?:just |only )?[£$€]\s?\d[\d.,]*(?: a month| a week)?) ",
            r"(?:could|can|will|would) (?:provide|buy|pay|treat|feed|help|give|fund|keep|protect|save)\b",
            r"|^give (?:monthly|once|now|today)\b.{0,30}$")
"""A charity's appeal: 'Your gift can provide …', '£25 could provide a family with …', 'Give monthly'."""
CHARITY_NUMBER = rx(r"\bregistered (?:charity|ngo|non-profit)\b.{0,160}\b(?:no\.?|number)",
                    r"\s*:?\s*[a-z]{0,3}\d",
                    r"|\bregistered (?:in [A-Z][\w ]{1,30} )?as an? ",
                    r"(?:charity|ngo|non-governmental organi[sz]ation|non-profit|not-for-profit|charitable)",
                    r"\b[^.]{0,40}",
                    r"\((?:(?:reg(?:istration|istered)?\.?|no\.?|number)[ :]*)*[a-z.]{0,6}\d[\w/.-]{3,}\)")
"""'X is a registered charity in England and Wales (no. 1187342)', 'X is registered in Kenya as a
non-governmental organisation (OP.218/051/2009/0412).'."""


def is_charity_number(line: str) -> bool:
    return words(line) <= 60 and "registered" in line.lower() and CHARITY_NUMBER.search(line) is not None


DOI = rx(r"\b(?:doi(?:\.org/|:\s?)|https?://(?:dx\.)?doi\.org/)10\.\d{4,}/\S+")
"""A journal's reference to an article: 'doi:10.55872/ghd.2025.e118'."""
FIGURE_CAPTION = rx(r"^(?:figure|fig\.|chart|table|graphic|map|exhibit)\s*\d+[a-z]?\s*[.:|–—-]\s*\S")
"""'Figure 1: Suspected cases by week …': the caption of a chart the copy did not bring."""
DISCLOSURE = rx(r"^(?:competing interests?|conflicts? of interests?|declarations? of interests?",
                r"|rights and permissions|data availability(?: statement)?|author contributions?)\s*:\s*\S")
"""A journal's statements after the article: 'Competing interests: The author declares none.' (Not
'Funding:', which a report's own list may begin with: 'Funding: the appeal is 38% funded'.)"""
METRIC = rx(r"^\d[\d.,]*[km]?\s+(?:accesses|views|downloads|citations|altmetric|reads|mentions)$")
"""An article's metrics: '1,204 Accesses', '3 Altmetric'."""
SIGN_UP = rx(r"^sign up (?:for|to) (?:the |our )?[A-Z\w][\w'’-]*(?: [\w'’-]+){0,3}$")
"""'Sign up for the Dispatch Weekly': a newsletter's name after 'Sign up for' (a short line)."""


def is_journal_apparatus(line: str) -> bool:
    """A journal's citation line (with its DOI), a figure's caption, its statements and its metrics."""
    if words(line) > 60:
        return False
    return bool("10." in line and DOI.search(line) or FIGURE_CAPTION.match(line) or DISCLOSURE.match(line)
                or METRIC.match(line))


# --- a sixth and seventh kind of page: a tech site, a terminal brief, a forum, a union's bulletin ------

DISCLOSURE_NOTE = rx(r"^(?:disclosure|disclaimer|editor'?s note|transparency note)\s*:\s*\S",
                     r"|\b(?:may|might|will) earn (?:a )?(?:small )?(?:commission|fee)\b",
                     r"|\bwhen you (?:buy|shop|click) (?:through|via) (?:links|our links)\b")
"""'Disclosure: the parent company uses …', 'We may earn a commission when you buy through links'."""
HANDLE = re.compile(r"@[\w.]{2,}|/in/[\w-]+")
SIGNUP_CONSENT = rx(r"^by (?:submitting|signing up|subscribing|clicking|entering|providing)\b.{0,100}",
                    r"\byou (?:agree|consent|accept)\b")
"""A sign-up box's consent: 'By submitting your email, you agree to our Terms and Privacy Notice.'."""
NEWSLETTER_FOOTER = rx(r"\byou(?:'re| are)? receiv(?:e|ing|ed) this ",
                       r"(?:(?:bulletin|newsletter|e-?mail|message|issue)\b|because\b)",
                       r"|^unsubscribe\b|\|\s*unsubscribe\b|\bunsubscribe\s*(?:\||$)")
"""A newsletter's footer: 'You receive this bulletin because you are a member … Unsubscribe', 'You are
receiving this because you subscribed to …'."""
HELPDESK = rx(r"^(?:\w+ )?(?:helpdesk|help desk|helpline|hotline|phone|tel|telephone|call us|whatsapp)",
              r"\s*:\s*[+\d(]",
              r"|\bcontact (?:our|the) (?:\w+ ){0,2}(?:helpdesk|help desk|helpline|hotline|desk|team)\b",
              r"(?: \d{1,2}/7)?(?:\s*:\s*\+?[\d(][\d ()./-]{5,})?\.?$")
"""'Member helpdesk: 088 – 456 12 00', '… Contact our member helpdesk.', 'Need help? Contact our editorial
desk 24/7: +62 21 555 0190'."""
ADDRESS_ROW = rx(r"(?:^|[·|•]\s*)(?:postbus|p\.?\s?o\.?\s?box|postfach|www\.\S+|\d{4}\s?[a-z]{2}\b)")
"""A postal address row: 'ICT Bond · Postbus 2150 · 3500 GD Utrecht · www.example.org'."""
STREET = rx(r"^\d{1,5}[a-z]?,? (?:[A-Z][\w'.-]*\s){1,3}(?:street|st|road|rd|avenue|ave|lane|square|sq",
            r"|place|way|boulevard|blvd|drive|court|terrace|crescent|row|quay|wharf|parade|close|gardens)\.?$",
            r"|^(?:rue|calle|avenida|rua|ulica|piazza|plaza|via) .{1,40}$",
            r"|^[A-Z][\w-]*(?:straße|strasse|gasse|weg) \d{1,5}[a-z]?$",
            r"|^(?-i:[A-Z][\w .-]{0,30} )?(?-i:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]{2} \d{5}(?:-\d{4})?)$")
"""A postal address's street or postcode, between its commas: '41 Harbour Street', 'Edinburgh EH6 6PQ'."""


FORM_PRIVACY = rx(r"^(?:your|the) (?:information|data|details|personal (?:information|data)",
                  r"|e-?mail(?: address)?) (?:is|are|will be) (?:being )?",
                  r"(?:handled|used|processed|stored|collected)\b.{0,40}",
                  r"\bin (?:accordance|line) with\b.{0,60}\bprivacy\b")
"""Under a sign-up form: 'Your information is being handled in accordance with the … Privacy Collection
Statement.'."""


def is_site_note(line: str) -> bool:
    """A disclosure or an affiliate notice, a sign-up box's consent or its privacy note, a newsletter's
    footer."""
    if words(line) > 60:
        return False
    lowered = line.lower()
    # the words each pattern needs, looked for first: most lines have none of them
    if ":" in line or "commission" in lowered or " fee" in lowered or "when you" in lowered:
        if DISCLOSURE_NOTE.search(line):
            return True
    if lowered.startswith("by ") and SIGNUP_CONSENT.match(line):
        return True
    if lowered.startswith(("your ", "the ")) and "privacy" in lowered and FORM_PRIVACY.match(line):
        return REPORTING.search(line) is None
    return ("receiv" in lowered or "unsubscribe" in lowered) and NEWSLETTER_FOOTER.search(line) is not None


def is_handles(line: str) -> bool:
    """'X: @jpike · Bluesky: @jpike.bsky.social · LinkedIn: /in/jpike': an author's accounts."""
    if "@" not in line and "/in/" not in line:
        return False
    items = [item for item in re.split(r"\s+[·|•]\s+", line) if item]
    return len(line) <= 160 and bool(items) and all(HANDLE.search(i) and words(i) <= 4 for i in items)


def is_helpdesk(line: str) -> bool:
    """A helpline, or a postal address on one line ('Negative Splits, 41 Harbour Street, Leith, Edinburgh
    EH6 6PQ, United Kingdom', 'ICT Bond · Postbus 2150 · 3500 GD Utrecht')."""
    if words(line) > 30:
        return False
    if (":" in line or "contact" in line.lower()) and HELPDESK.search(line):
        return True
    if line.count(",") >= 2 and not ends_sentence(line) and DIGIT.search(line) and is_postal_address(line):
        return True
    if "·" not in line and "|" not in line and "•" not in line:
        return False
    cells = re.split(r"\s+[·|•]\s+", line)
    return len(cells) >= 3 and ADDRESS_ROW.search(line) is not None


def is_postal_address(line: str) -> bool:
    """Three or more capitalised parts between commas, one a street or a postcode, and no sentence."""
    cells = [cell.strip() for cell in line.split(",")]
    return (len(cells) >= 3 and not ends_sentence(line)
            and all(cell[:1].isupper() or cell[:1].isdigit() for cell in cells)
            and all(words(cell) <= 5 for cell in cells) and any(STREET.match(cell) for cell in cells))


FORUM_COUNT = r"\d[\d.,]*[km]?\s+(?:members|online|subscribers|followers|readers|upvotes|points)"
FORUM = rx(r"^(?:[a-z]/[a-z0-9_]{3,}|u/[\w-]{3,}|u/\[deleted\]|\[deleted\]|\[removed\])$",
           r"|·\s*\d[\d.,]*k?\s+comments?$",
           rf"|^{FORUM_COUNT}(?:\s*[·|•]\s*{FORUM_COUNT})*$",
           r"|^about (?:the )?community$|^sort by\b.{0,20}$|^sort\s*:\s*\w.{0,20}$")
"""A forum's page: 'r/news', 'u/someone', '[deleted]', '214k Members · 612 online', 'Sort by: Best' ('Sort:
Top'), a
promoted thread 'r/x · Title · 231 comments'."""
AGE = r"\d{1,3}\s?(?:s|m|h|d|w|mo|y|mins?|hrs?|yrs?|(?:second|minute|hour|day|week|month|year)s?)(?: ago)?"
POSTER = rx(r"^(?:u/[\w-]{3,}|\[deleted\]|\[removed\]|@?[\w.-]{3,30})",
            r"(?:\s*·\s*(?:op|mod|admin|moderator|verified|author|edited|top \d{1,2}% \w+))*",
            rf"\s*·\s*{AGE}(?:\s*·\s*(?:edited(?: {AGE})?|op|mod))?$")
"""Who wrote a post or a comment and how long ago: 'u/someone · 22h', 'u/someone · OP · 21h', '[deleted] ·
18h'."""
MODERATION = rx(r"^(?:comment|reply|post|message) (?:removed|deleted|hidden) by (?:a |the )?",
                r"(?:moderators?|mods?|admins?|author|user|automoderator)\.?$",
                r"|^(?:this )?(?:comment|reply) (?:has been|was) (?:removed|deleted)\b.{0,40}$",
                r"|^(?:pinned|stickied) by (?:the )?(?:moderators?|mods?|admins?)$",
                r"|^(?:posted|crossposted) (?:in|to|from) [a-z]/\w+$")
"""What stands for a removed comment, and a post's pin: 'Comment removed by moderator', 'Posted in r/x'."""


def is_forum_interface(line: str) -> bool:
    """A forum's interface: the community's name and counts, a poster's name and age, a removed comment."""
    if len(line) > 160:
        return False
    cue = "/" in line or "·" in line or line[:1] in "[0123456789" or line[:1] in "aAsS"
    if cue and (FORUM.search(line) or "·" in line and len(line) <= 80 and POSTER.match(line)):
        return True
    # anchored: fails on the first word
    return len(line) <= 80 and MODERATION.match(line) is not None and REPORTING.search(line) is None


JAVASCRIPT = rx(r"\b(?:turn on|enable|activate) javascript\b",
                r"|\bjavascript (?:is )?(?:disabled|required|off)\b")
LIVE_HOST = rx(r"^(?:hello|hi|good (?:morning|afternoon|evening)),? (?:and )?welcome to\b.{0,80}",
               r"\blive (?:coverage|blog|page|updates|reporting)\b",
               r"|^that'?s (?:all|it) from (?:me|us)\b")
"""A live page's host: 'Hello and welcome to our live coverage …', 'That's all from me for now …'."""
LIVE_BYLINE = rx(r"^[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3} \((?:now|earlier)\)(?:,? (?:and )?[A-Z][\w'-]+",
                 r"(?: [A-Z][\w'-]+){0,3} \((?:now|earlier)\))*$")
"""'Anna Whitfield (now) and Daniel Roper (earlier)': who writes a live page."""
ROLE_LABEL = rx(r"^(?:author|authors|editor|editors|reporter|written by|edited by|photos?|translated by)",
                r"\s*:\s*[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}$")
"""'Author: Daria Oliinyk', 'Editor: Kateryna Denysenko'."""
READER_FUNDED = rx(r"\b(?:funded|supported|paid for|made possible) by (?:our )?",
                   r"(?:readers|people|members) like you\b",
                   r"|\bplease consider (?:supporting|donating|subscribing|becoming)\b",
                   r"|\b(?:is|are) available (?:only )?to (?:premium )?(?:subscribers|members)\b",
                   r"|^(?:premium|paying|paid) (?:subscribers|members) (?:can|get)\b",
                   r"|\b(?:end of|reached the end of) (?:the|this|your) free (?:preview|article|read)\b",
                   r"|^(?:corporate|team|group|enterprise) (?:licen[cs]es?|subscriptions?|plans?|access)",
                   r"\b.{0,40}",
                   r"\bfrom\s[€£$]\s?\d")
"""Appeals and paywalls of a reader-funded or premium site: 'Our newsroom is funded by readers like you',
'You've reached the end of the free preview', 'Corporate licences for teams from €1,490 a year'."""
EVENT_PROMO = rx(r"\|\s*register (?:now|today|here)\s*$|^register (?:now|today|here)\b")
FOOTNOTE_LINKS = re.compile(r"^(?:\[\d{1,3}\]\s*)(?:https?://\S+?[;,]?\s*)*$")
"""A footnote that gives only its sources' addresses, or a footnote's number alone: '[1] https://…'."""


APPEAL_CUES = ("like you", "consider", "available", "subscribers", "members", "free ", "licen",
               "subscription", "plans", "access")
"""Words one of which every line `READER_FUNDED` finds has: a plain look for them is quicker."""


def is_reader_appeal(line: str) -> bool:
    lowered = line.lower()
    cued = any(cue in lowered for cue in APPEAL_CUES)
    return cued and words(line) <= 60 and READER_FUNDED.search(line) is not None


# --- betting ads, a podcast's page, a newsletter's greeting and sign-off ---------------------------------

BET_OFFER = rx(r"^(?:bet|stake|deposit|wager) [£$€]\s?\d[\d.,]*,? (?:&|and )?get [£$€]?\s?\d[\d.,]*",
               r"|^(?:get|claim|grab) (?:a |up to )?[£$€]\s?\d[\d.,]* (?:in )?",
               r"(?:free bets?|bet credits|bonus bets?)",
               r"|^bet (?:on|now)\b.{1,100}(?:\s[–—-]\s*|:\s*|@\s*|\bat\s+)\d{1,3}/\d{1,3}$")
"""A bookmaker's offer or a price on a bet: 'Bet £10 Get £30 in Free Bets', 'Bet on the final: Ana to win –
11/4'."""
BETTING_TERMS = rx(r"18\+|\b(?:be)?gambleaware\b|\bgamcare\b|\bgamstop\b|\bwhen the fun stops\b",
                   r"|\b(?:gamble|bet|play) responsibly\b|\bt ?& ?cs? apply\b|\bnew customers only\b",
                   r"|\bmin(?:imum)?\.? odds\b|\bfree bets?\b|\bbet credits?\b|\bwagering requirements?\b")
"""The small print of a gambling advertisement (an ad has two of them or more): '18+', 'BeGambleAware.org',
'T&Cs apply', 'New customers only', 'Min odds 1/2'."""
BETTING_CUES = ("bet", "18+", "gambl", "odds", "t&c", "wager")
"""What every line `is_betting_ad` takes has (looked for before the patterns)."""


def is_betting_ad(line: str) -> bool:
    """A bookmaker's advertisement or its small print ('New customers only. Min odds 1/2. 18+ |
    BeGambleAware.org | T&Cs apply'); a story about gambling quotes someone or names one such term."""
    if words(line) > 40 or '"' in line:
        return False
    lowered = line.lower()
    if not any(cue in lowered for cue in BETTING_CUES):
        return False
    if BET_OFFER.match(line):
        return True
    terms = {match.group().lower() for match in BETTING_TERMS.finditer(line)}
    return len(terms) >= 2 and REPORTING.search(line) is None


PODCAST_APP = rx(r"^(?:listen|subscribe|follow|watch)(?: (?:now|free|for free))?",
                 r"(?: to (?:the|this|our) (?:episode|show|podcast))? (?:on|in|via|with) ",
                 r"(?:spotify|apple podcasts|youtube(?: music)?|pocket ?casts|overcast|amazon music",
                 r"|audible|castbox|deezer|soundcloud|stitcher|google podcasts|iheart(?:radio)?|tunein",
                 r"|podcast addict|castro|rss)$")
"""A podcast's buttons for the apps that play it: 'Listen on Spotify', 'Follow on Apple Podcasts'."""
EPISODE_NUMBER = rx(r"^(?:episode|ep\.?|issue|edition|no\.|number|#)\s*#?\d{1,4}$",
                    r"|^(?:season|series) \d{1,2},? (?:episode|ep\.?) \d{1,4}$|^s\d{1,2}\s?e\d{1,3}$")
DURATION = rx(r"^(?:\d{1,2}\s?(?:h|hr|hrs|hours?)\s?)?\d{1,3}\s?(?:m|min|mins|minutes?)",
              r"(?:\s?\d{1,2}\s?s(?:ecs?)?)?$",
              r"|^\d{1,2}\s?(?:h|hr|hrs|hours?)$|^\d{1,2}:\d{2}(?::\d{2})?$")
DAY = rx(rf"^(?:{WEEKDAY},?\s+)?{DATE}$")


def is_episode_details(line: str) -> bool:
    """An episode's or an issue's number, length and date: 'Episode 214 · 52 min · Mar 3, 2026', 'Issue
    #88 · Saturday 7 March 2026'."""
    if len(line) > 100 or not ("·" in line or "|" in line or "•" in line):
        return False
    items = NAV_SPLIT.split(line)
    return (len(items) >= 2 and EPISODE_NUMBER.match(items[0]) is not None
            and all(DURATION.match(item) or DAY.match(item) for item in items[1:]))


CHAPTER = rx(r"^[(\[]?\d{1,2}:\d{2}:\d{2}[)\]]?\s*[-–—:|]?\s+\S")
"""A chapter of an episode, at its time: '00:04:12 The appeal', '(01:02:30) Listener questions'."""


def is_chapter(line: str) -> bool:
    """'00:04:12 The appeal': a chapter's title at its hours, minutes and seconds (no sentence: a
    transcript's '00:05:02 Dan: And it wasn't.' is what was said)."""
    return words(line) <= 12 and line[:1] in "0123456789([" and not ends_sentence(line) \
        and CHAPTER.match(line) is not None


GENERATED = r"(?:auto(?:matically)?|machine|ai|computer)[- ]generated"
TRANSCRIPT_NOTE = rx(rf"^(?:full |episode )?transcript\s*\({GENERATED}[^)]{{0,60}}\)\s*:?$",
                     rf"|^(?:this )?transcript (?:is |was )?{GENERATED}\b.{{0,60}}$")
"""'Transcript (auto-generated, may contain errors)': the label over a transcript."""
SPONSORED_BY = rx(r"\b(?:this|today'?s|the) (?:episode|show|podcast|issue|newsletter|edition|video|segment",
                  r"|week'?s (?:issue|edition|episode))(?: of [\w' ]{1,40})? is (?:supported|sponsored",
                  r"|brought to you|made possible|presented|powered|underwritten) by\b")
SUPPORTED_BY = rx(r"\b(?:is|are) (?:supported|sponsored|brought to you|made possible) by\b|\bsponsor")
PROMO_CODE = rx(r"\b(?:use|with|enter|apply) (?:the |my |our )?(?:promo |discount |coupon |offer )?code:? ",
                r"(?-i:[A-Z][A-Z0-9]{3,})\b")
OFFER_TERMS = rx(r"\b\d{1,3}% off\b|\bfree\b|\bdiscount\b|\boff your\b")
SPONSOR_CUES = ("sponsor", "supported by", "brought to you", "made possible", "presented by", "powered by",
                "underwritten", "code ")
"""What every sponsor's message `is_sponsor_message` takes has (looked for before the patterns)."""


def is_sponsor_message(line: str) -> bool:
    """A sponsor's read or box: 'This episode is supported by …', '… is supported by X. Readers get three
    months free with code SPLITS.' (a promotion code and an offer or a sponsor named), even when a
    transcript puts the host's name in front of it."""
    if words(line) > 90 or '"' in line:
        return False
    lowered = line.lower()
    if not any(cue in lowered for cue in SPONSOR_CUES):
        return False
    sponsored = SPONSORED_BY.search(line) or PROMO_CODE.search(line) \
        and (SUPPORTED_BY.search(line) or OFFER_TERMS.search(line))
    return bool(sponsored) and REPORTING.search(line) is None  # last: the costliest test, asked of few lines


GREETING = (r"(?:(?:hello|hi|hey|good (?:morning|afternoon|evening)|greetings)"
            r"(?: (?:again|all|everyone|friends|folks|readers|there))?,? (?:and )?)")
NEWSLETTER_GREETING = rx(rf"^{GREETING}?welcome (?:back )?to (?:issue|edition|episode|number|no\.?|#)",
                         r" ?#?\d+(?: of (?-i:[A-Z])[^.!?,]{0,40})?[.!,]",
                         rf"|^{GREETING}welcome (?:back )?to (?:this week'?s|today'?s|the latest|another",
                         r"|this|the) (?:issue|edition|newsletter|episode)\b")
"""A newsletter's or a show's greeting: 'Good morning, and welcome to issue 88. …'."""
SIGN_OFF = rx(r"^that'?s (?:it|all|everything|a wrap) for (?:this (?:week|issue|edition|month|time)|today",
              r"|now|the week)(?: from (?:me|us))?[.!](?:\s|$)",
              r"|^(?:see|talk to|speak to|catch) you (?:next|on|again|tomorrow|soon|then)\b",
              r"[^,;\"]{0,30}[.!]?$",
              r"|^until next (?:time|week|issue)[.!]?$")
"""A newsletter's sign-off, a sentence of its own: 'That's it for this week. See you next Saturday.' (not
'That's all for now, the minister joked.')."""
FORWARD_PROMPT = rx(r"^(?:did you )?(?:like|liked|enjoy|enjoyed|enjoying|love|loved) (?:this|the",
                    r"|today'?s|this week'?s) (?:issue|newsletter|post|edition|email|episode|show|podcast",
                    r"|read)\??,?\s",
                    r".{0,60}\b(?:forward|share|send|tell|recommend)\b",
                    r"|^forward (?:this|it) (?:email |issue |newsletter )?to (?:a|your|any) (?:\w+ )?",
                    r"(?:friend|colleague)s?\b")
"""'Like this issue? Forward it to a running friend.': a newsletter asking to be passed on."""


# The three patterns below are anchored at the line's start: a story's line fails them on its first word.


def is_sign_off(line: str) -> bool:
    """'That's it for this week. See you next Saturday.', 'Until next time.'."""
    return (words(line) <= 20 and SIGN_OFF.match(line) is not None and '"' not in line
            and REPORTING.search(line) is None)


def is_newsletter_greeting(line: str) -> bool:
    """'Good morning, and welcome to issue 88. …', 'Hi all, welcome back to this week's issue.'."""
    return words(line) <= 60 and NEWSLETTER_GREETING.match(line) is not None


def is_forward_prompt(line: str) -> bool:
    """'Like this issue? Forward it to a friend.': a newsletter asking to be passed on."""
    return (words(line) <= 25 and FORWARD_PROMPT.match(line) is not None and '"' not in line
            and REPORTING.search(line) is None)


# --- what a site says of itself and of its writer: an acknowledgement of Country, the author's box ------

ACKNOWLEDGEMENT = rx(r"\backnowledges? (?:the |all )?(?:[\w ,'-]{0,80}\b)?",
                     r"(?:traditional (?:custodians|owners)|first (?:australians|nations|peoples)",
                     r"|aboriginal and torres strait islander)\b")
RESPECT = rx(r"\b(?:elders,? past(?:,| and) present",
             r"|traditional (?:custodians|owners) of (?:the )?(?:land|country)",
             r"|(?:continuing|ongoing) connection to (?:land|country)|lands? (?:where|on which) we\b)")
"""An acknowledgement of Country: '… acknowledges the Traditional Custodians of the lands on which we work,
and pays respect to Elders past and present.'."""


def is_acknowledgement(line: str) -> bool:
    """The acknowledgement of Country an Australian site or body puts at its foot (both its halves: whom
    it acknowledges, and their land or Elders); a story's 'The council acknowledged the traditional owners'
    objections' has the first half only."""
    if words(line) > 80 or "acknowledg" not in line.lower():
        return False
    return bool(ACKNOWLEDGEMENT.search(line) and RESPECT.search(line)) and REPORTING.search(line) is None


AUTHOR_BOX_HEADING = rx(r"^about the (?:author|authors|writer|writers|reporter|columnist)\s*:?$")
BIO = rx(r"^(?-i:[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,3}) (?:covers|writes about|reports on|writes on",
         r"|is (?:a|an|the) (?:[\w-]+ ){0,4}(?:reporter|correspondent|editor|journalist|writer|columnist))\b")
CAREER = rx(r"\b(?:before joining|since joining|joined (?-i:[A-Z])\S* in \d{4}|previously (?:worked|reported",
            r"|wrote)|send (?:him|her|them|me) (?:your )?tips|tips (?:securely )?(?:on|via|to)\b",
            r"|follow (?:him|her|them) on)\b")
"""What a box about the author says: what the writer covers, and where they came from or how to reach
them ('Marcus Feld covers ransomware … Before joining Byteline in 2021 he reported … Send tips securely
on Signal: …')."""
BIO_VERBS = (" covers ", " writes ", " reports ", " is a", " is the ")
"""What every note `BIO` takes says of the writer (looked for before the pattern)."""


def is_author_box(line: str) -> bool:
    """'About the author', and the note under it: a name, what the writer covers, and a career or a way to
    reach them (not 'Kovac covers the region for the firm, she said.', which has no career; nor a quotation).
    """
    if len(line) <= 30 and line[:6].lower() == "about ":
        return AUTHOR_BOX_HEADING.match(line) is not None
    if words(line) > 80 or '"' in line or not any(verb in line for verb in BIO_VERBS):
        return False
    return BIO.match(line) is not None and CAREER.search(line) is not None  # a career: 'reported on …'


SERVICE_LINKS = frozenset(("newsletters", "puzzles", "crosswords", "e-paper", "epaper", "todays paper",
                           "today's paper"))
"""A site's services in its menu, one a line: a story's subheading does not name them alone."""
BUTTON = rx(r"^(?:learn more|find out more|download (?:the|our|your|a) (?:free )?",
            r"(?:report|guide|e-?book|white ?paper|whitepaper|brochure)|download now|get (?:the|your) ",
            r"(?:free )?(?:report|guide|e-?book)|book a demo|request a demo|get a demo|get started",
            r"|start (?:your )?free trial|try (?:it )?(?:for )?free|shop now|buy now|apply now)",
            r"(?:\s*[→›»>]|\s*!)?$")
"""A promotion's button: 'Learn more', 'Download the report', 'Book a demo'."""


def is_button(line: str) -> bool:
    """'Learn more', 'Download the report', 'Book a demo': a promotion's button alone on its line."""
    return len(line) <= 40 and BUTTON.match(line) is not None
