"""Text helpers shared by the comparisons: words, stems, sentences and the small event lexicon.

Everything here is generic English news vocabulary, not the words of any one story: the comparisons
must work on articles the code has never seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.model import Article

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
STEM_LENGTH = 5
"""Truncation stemming: 'exists', 'existent' and 'existing' all become 'exist'. Crude, but language
independent enough for Latin-script news text and cheap; it only decides which quotes or sentences
are candidates, never what is shown."""

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each even ever every few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours ourselves out over own same she should so
some such than that the their theirs them themselves then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your yours yourself
yourselves s t d ll m re ve don won isn wasn weren aren doesn didn hasn haven hadn shouldn wouldn couldn
said says say saying told tells tell according added adding stated also however yet still already one
mr mrs ms dr
""".split())

_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Maj|Gov|Sen|Rep|Prof|"
                           r"No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co))\.$")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")

INCIDENT_WORDS: dict[str, str] = {}
"""Nouns naming something that happens to people, by class: figures are grouped by the incident they count."""
for _class, _words in {
    "operation": "raid raids operation operations incursion incursions offensive assault clash clashes "
                 "fighting firefight gunfight gunbattle battle sweep crackdown massacre shelling airstrike "
                 "airstrikes bombardment invasion",
    "attack": "attack attacks bombing bombings shooting shootings stabbing stabbings explosion explosions "
              "blast blasts ambush rampage cyberattack cyberattacks hack hacked hacking ransomware",
    "disaster": "earthquake quake flood floods flooding fire wildfire storm hurricane typhoon crash "
                "collision accident derailment landslide eruption capsized capsizing capsize sank sinking "
                "shipwreck spill spills leak leaks burst outage outages blackout blackouts derailed "
                "avalanche mudslide tsunami cyclone tornado",
    "protest": "protest protests demonstration demonstrations riot riots rally rallies",
    "outbreak": "outbreak outbreaks epidemic pandemic cholera ebola measles malaria dengue mpox covid "
                "lassa meningitis typhoid diphtheria polio influenza flu",
}.items():
    INCIDENT_WORDS.update(dict.fromkeys(_words.split(), _class))

EVENT_WORDS: dict[str, str] = dict(INCIDENT_WORDS)
"""Words naming a datable event (incidents and acts of institutions), by class: dates are grouped by it."""
for _class, _words in {
    "announcement": "announced announce announces announcing announcement announcements declared declare "
                    "declares declaration proclaimed unveiled",
    "decision": "decided decides decision decisions decree decreed ruled ruling verdict voted vote sentenced "
                "convicted conviction acquitted acquittal judgment judgement fined",
    "meeting": "meeting meetings met summit talks session conference",
    "report": "reported reports report",
    "visit": "visit visits visited visiting arrival arrived trip tour toured tours",
    "campaign": "campaign campaigns vaccination vaccinations immunisation immunization rollout",
    "election": "election elections referendum",
    "agreement": "agreement agreed signed deal ceasefire truce accord",
    "arrest": "arrested arrest arrests detained detention",
    "resignation": "resigned resignation resigns quit quits",
    "investigation": "investigation investigations inquiry inquiries probe probes",
    "hearing": "trial trials hearing hearings hear questioned questioning testified testimony summoned "
               "indicted indictment arraigned",
    "lawsuit": "lawsuit lawsuits sued complaint complaints challenge appeal appealed petition",
    "count": "count recount recounts recounting recounted tally audit",
    "strike": "strike strikes walkout walkouts",
    "funeral": "funeral funerals buried burial burials memorial",
    "collapse": "collapsed",  # the verb: a date far from "the collapse of …" dates its clause's verb
    "test": "sample samples tested",  # a doping control, a lab test: 'the sample, taken on 22 February'
    "evacuation": "evacuation evacuations evacuated evacuate evacuating",
}.items():
    EVENT_WORDS.update(dict.fromkeys(_words.split(), _class))

EVENT_LABELS = {
    "operation": "raid or operation", "attack": "attack or explosion", "disaster": "disaster or accident",
    "protest": "protest", "outbreak": "outbreak", "announcement": "announcement", "decision": "decision",
    "meeting": "meeting", "report": "report", "visit": "visit", "election": "election",
    "agreement": "agreement",
    "arrest": "arrest", "resignation": "resignation", "investigation": "investigation", "hearing": "hearing",
    "lawsuit": "lawsuit or legal challenge", "count": "count or recount", "strike": "strike",
    "funeral": "funeral or memorial", "collapse": "collapse", "campaign": "campaign",
    "test": "sample or test", "evacuation": "evacuation",
    "cumulative": "over a period",
}
"""How each event class is named on the pages."""

SERVICE_NOUNS = frozenset("""service services brigade brigades department departments officials official
fighters fighter chief chiefs station stations engine engines crew crews police officers squad squads unit
units barrier barriers defences defenses warning warnings alarm alarms insurance safety exit exits drill
drills escape escapes season""".split())
"""Nouns that an incident word modifies without the incident happening ('fire service', 'riot police',
'flood defences', 'crash barrier')."""

# A figure counted over a period ("since the beginning of January", "so far this year") is not the
# count of one incident, however the sentence names it.
CUMULATIVE = re.compile(r"\b(?:since|so far|to date|this year|last year|in total|altogether|overall)\b", re.I)
CUMULATIVE_REACH = 60
"""Characters after a figure where such words make it a count over a period ('150 killed since January'):
further on in its sentence they belong to another clause ('rose to 15, when divers found a farmer missing
since Sunday'). Before the figure, anywhere in its sentence, they open it ('Since January, 150 …')."""


def words(text: str) -> list[str]:
    """The words of `text`, lower-cased, with typographic apostrophes made straight."""
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


INFLECTIONS = ("ings", "ing", "ed", "es", "s")
"""Endings cut before a word's stem is taken, when four letters remain: 'hearing' and 'hear' are one
word, which their first five letters ('heari', 'hear') are not."""


def stem(word: str) -> str:
    for ending in INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
            break
    return word[:STEM_LENGTH]


def content_stems(text: str) -> list[str]:
    """The stems of the words that carry content (no function words, no reporting verbs, no numbers)."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and not w.isdigit() and len(w) > 1]


def sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the sentence of `text` that contains character `offset`."""
    start, end = 0, len(text)
    for match in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text[: match.start() + 1]):
            continue
        if match.end() <= offset:
            start = match.end()
        elif match.start() >= offset:
            end = match.start() + 1
            break
    return start, end


def sentence_at(text: str, offset: int) -> str:
    start, end = sentence_bounds(text, offset)
    return text[start:end].strip()


def nearest_word(text: str, start: int, end: int, lexicon: dict[str, str],
                 bounds: tuple[int, int] | None = None) -> str | None:
    """The class of the lexicon word nearest to `text[start:end]` in its sentence (its `bounds`, when the
    caller has them); before wins a tie."""
    lo, hi = bounds or sentence_bounds(text, start)
    best: tuple[int, int, str] | None = None
    for match in WORD.finditer(text, lo, hi):
        found = lexicon.get(match.group().lower())  # here, not in a call: most words are in no lexicon
        if found is None or (match.start() >= start and match.end() <= end) or names_a_service(text, match):
            continue
        after = match.start() >= end
        distance = match.start() - end if after else start - match.end()
        candidate = (max(distance, 0), int(after), found)
        if best is None or candidate < best:
            best = candidate
    return best[2] if best else None


def names_a_service(text: str, match: re.Match[str]) -> bool:
    """Whether the lexicon word `match` found only names what a service or a thing is for: 'fire service
    officials said' names no fire, 'riot police' no riot."""
    following = WORD.match(text, match.end() + 1) if text[match.end():match.end() + 1] == " " else None
    return following is not None and following.group().lower() in SERVICE_NOUNS


def slug(text: str, limit: int = 40) -> str:
    """A lower-case, hyphenated form for ids; empty text gives 'none'."""
    cut = "-".join(words(text)).replace("'", "")[:limit].strip("-")
    return re.sub(r"[^a-z0-9-]", "", cut.encode("ascii", "ignore").decode()) or "none"


def unique_ids(bases: Iterable[str]) -> list[str]:
    """The ids in order, with -2, -3, … added to repeats so that every id is unique."""
    seen: dict[str, int] = {}
    result = []
    for base in bases:
        seen[base] = seen.get(base, 0) + 1
        result.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return result


def shorten(text: str, limit: int = 160) -> str:
    """`text` on one line, cut at a word boundary with an ellipsis when longer than `limit`."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[: limit - 1].rsplit(" ", 1)[0] + "…"


def paragraph_text(article: Article, index: int) -> str | None:
    """The article's paragraph `index`, or None when an annotation points outside the text."""
    paragraphs = article.text.paragraphs
    return paragraphs[index].text if 0 <= index < len(paragraphs) else None
