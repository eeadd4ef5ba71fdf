"""What a number counts: the noun phrase after it ('nine Palestinians', '72 percent of Palestinians',
'four of them'), its head word, and the vocabulary that says what the head names (people, a unit, an
event such as 'deaths' or 'attacks').

English marks no noun as such, so a noun phrase is read as the words after the number that are not
function words, verbs or adverbs, up to the first plural noun: the head. Participles join it only as
adjectives ('armed militants', 'wounded soldiers'), never as its verb ('four reported in…').
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.annotate.numbers import VAGUE, Number, Tok, glued, low, parse_number, text_of, word_value

VERBS: dict[str, str] = {}
"""Participles and past forms, after the counted noun: what happened to the people counted."""
for _class, _words in {
    "killed": "killed dead died slain murdered executed perished massacred",
    "injured": "injured wounded hurt hospitalised hospitalized",
    "arrested": "arrested detained apprehended nabbed",
    "missing": "missing", "abducted": "abducted kidnapped", "displaced": "displaced",
    "evacuated": "evacuated", "rescued": "rescued", "released": "released freed", "deported": "deported",
}.items():
    VERBS.update(dict.fromkeys(_words.split(), _class))
ACTIVE = {**{w: c for w, c in VERBS.items() if c != "missing" and w not in ("dead", "died", "perished")},
          "killing": "killed", "kills": "killed", "wounding": "injured", "injuring": "injured",
          "injures": "injured", "arresting": "arrested", "detaining": "arrested"}
"""Transitive forms before the number: 'killed 19 people', 'wounding 20'."""
NOUNS = {"deaths": "killed", "death": "killed", "fatalities": "killed", "fatality": "killed",
         "bodies": "killed",
         "injuries": "injured", "arrests": "arrested", "detentions": "arrested",
         **dict.fromkeys("attacks attack bombings shootings stabbings rammings".split(), "attacks")}
CONTAINERS = frozenset("instances instance incidents incident cases case acts act episodes".split())
VIOLENCE = frozenset("terror terrorism violence attacks attack".split())
UNITS = {"percent": "percent", "%": "percent", "pct": "percent", "second": "seconds", "minute": "minutes",
         "hour": "hours", "day": "days", "week": "weeks", "month": "months", "year": "years",
         "decade": "decades", "century": "centuries"}
UNITS.update({v: v for v in list(UNITS.values())})
ABBREVIATED_UNITS = {"hr": "hours", "hrs": "hours", "min": "minutes", "mins": "minutes", "sec": "seconds",
                     "secs": "seconds", "yr": "years", "yrs": "years"}
"""Units of time as a page abbreviates them: '13 hr. ago', 'took 2 hrs'."""
UNITS.update(ABBREVIATED_UNITS)
VOLUMES = {"cubic metres": 1.0, "litres": 0.001, "liters": 0.001, "m³": 1.0, "m3": 1.0}
"""Units of volume, by their size in cubic metres: a spill's '100,000 cubic metres' and another outlet's
'100 million litres' are one amount. (Not 'l' alone, which is too often something else.)"""
UNITS.update(dict.fromkeys(VOLUMES, "cubic metres"))
UNITS.update({"degrees": "degrees", "degree": "degrees"})  # what they measure is the sentence's, not a noun's
CUBIC = frozenset(("metres", "meters"))
ISO_CURRENCIES = {"USD": "dollars", "EUR": "euros", "GBP": "pounds", "NGN": "naira", "KES": "shillings",
                  "ZAR": "rand", "INR": "rupees", "PLN": "zlotys", "CHF": "francs", "JPY": "yen",
                  "CNY": "yuan", "ILS": "shekels"}
"""Currency codes written before an amount, a space apart: 'NGN 2.5 billion'."""
LETTER_SIGNS = {"KSh": "shillings", "Ksh": "shillings", "Sh": "shillings", "TSh": "shillings",
                "USh": "shillings", "Rs": "rupees"}
"""Signs of letters, glued to the amount or a space before it: East Africa's 'Sh50 million', 'KSh 500,000'
(`numbers.LETTER_SIGNS` holds the same signs, for an amount's glued scale)."""
CURRENCIES = {"$": "dollars", "€": "euros", "£": "pounds", "₪": "shekels", "₦": "naira", "¥": "yen",
              "₹": "rupees", "N": "naira", **ISO_CURRENCIES, **LETTER_SIGNS}
"""Signs and codes that name an amount's currency, by what the amount then counts. ('N' only as
Nigerian copy writes the naira, glued to an amount with its scale: 'N500m', 'N2.5bn'.)"""
PERSONS = frozenset("""
people persons person individuals men man women woman children child kids babies infants minors
teenagers teens adults civilians civilian soldiers soldier troops officers officer policemen police
gunmen gunman militants militant terrorists terrorist fighters members leaders commanders operatives
suspects residents workers students journalists reporters protesters protestors demonstrators rioters
settlers prisoners detainees hostages captives refugees migrants patients doctors medics paramedics
nurses victims passengers pilots crew staff employees officials ministers lawmakers politicians
activists farmers fishermen tourists visitors worshippers pilgrims citizens nationals villagers youths
boys girls assailants attackers perpetrators shooters bystanders firefighters rescuers guards inmates
survivors
""".split())
"""Nouns naming people: a count of them with no verb counts 'people'."""
PLURAL_NOUNS = frozenset("people children police personnel staff crew others".split())
"""Plurals not ending in -s (and words ending in -men)."""
STOP = frozenset("""a an the and or but nor than then so because if after before during since until against
among between through across about around per via like unlike including mostly mainly also only even just
still already reportedly allegedly apparently all both each every any no not most many several few such
these those this that it they them he she we you i his her their its our your my me us who which whom whose
where when while as at by for from in into of on onto off out over under with within without to up down
said say says told tell remain remained remains are were was is be been being have has had will would could
should may might must can do does did got get went came took made left found according
late early overnight""".split())
PRONOUNS = frozenset("them whom which those us".split())
DETERMINERS = frozenset("the a an his her their its our my your this that these those".split())
MAX_NOUN = 6


@dataclass(frozen=True)
class Phrase:
    """Tokens [first, last) of a noun phrase; `head` is its last word, lower case ('' when empty)."""

    first: int
    last: int
    head: str
    of: int = -1
    """First token of the phrase's 'of' complement ('Palestinians' in '72 percent of Palestinians'), or -1."""
    of_head: str = ""


def counted(toks: list[Tok], number: Number, i: int) -> Phrase:
    """What follows the number: a unit, a noun phrase, or a partitive ('four of them', 'two of the dead');
    the phrase's head decides what is counted, and a unit's 'of' phrase is kept with it."""
    word = low(toks, i)
    if word == "per" and low(toks, i + 1) == "cent":
        return _with_of(toks, Phrase(i, i + 2, "percent"))
    if word == "cubic" and low(toks, i + 1) in CUBIC:
        return _with_of(toks, Phrase(i, i + 2, "cubic metres"))
    if word == "°" and low(toks, i + 1) in ("c", "f") and glued(toks, i + 1):
        return Phrase(i, i + 2, "degrees")  # '70°C', '158°F
    if word in UNITS:
        return _with_of(toks, Phrase(i, i + 1, word))
    sign = currency_sign(toks, number)
    if sign is not None:
        return Phrase(i, i, toks[sign].text)
    noun = noun_phrase(toks, i)
    if noun.head in CONTAINERS:
        return _with_of(toks, noun)
    if noun.first == noun.last and word == "of" and low(toks, i + 1) in PRONOUNS:
        return Phrase(i, i + 2, "")
    if noun.first == noun.last and word == "of":
        inner = noun_phrase(toks, _past_the_whole(toks, i + 1))
        return Phrase(inner.first, inner.last, inner.head) if inner.head else noun
    return noun


def _past_the_whole(toks: list[Tok], j: int) -> int:
    """Where the counted noun starts in a part of a whole: '14 of [the state's 23] local government
    areas', '17 of [its 23] LGAs', '16 of [23] LGAs' (the whole's size is not what is counted)."""
    if low(toks, j) in DETERMINERS:
        j += 1
    if low(toks, j).endswith("'s") and j + 1 < len(toks) and parse_number(toks, j + 1) is not None:
        j += 1  # 'the state's 23'
    total = parse_number(toks, j) if j < len(toks) else None
    return total.last if total is not None else j


def currency_sign(toks: list[Tok], number: Number) -> int | None:
    """The token before the number that names its currency: a sign glued to it ('€4', '₦2.5'), a code a
    space before it ('NGN 2.5 billion'), or 'N' glued to an amount with its scale ('N500m', 'N3 billion')."""
    j = number.first - 1
    if j < 0:
        return None
    text, touching = toks[j].text, glued(toks, number.first)
    if text == "N":
        scaled = number.value >= 1_000_000 or low(toks, number.last) in ("million", "billion", "trillion")
        return j if touching and scaled else None
    if text in ISO_CURRENCIES:
        return None if touching else j
    if text in LETTER_SIGNS:
        return j  # 'Sh50 million', 'KSh 500,000'
    return j if touching and text in CURRENCIES else None


def noun_phrase(toks: list[Tok], i: int, gerunds: bool = False) -> Phrase:
    """Words that can name what is counted, up to the first plural noun (the head): 'nine Palestinians',
    'three local Palestinian Islamic Jihad leaders', 'twenty more people', 'one civilian'."""
    last, head = i, ""
    while last < len(toks) and last - i < MAX_NOUN and _noun_word(toks, last, last == i, gerunds):
        head = toks[last].low
        last += 1
        if _plural(toks[last - 1]) and not _compound_plural(toks, last) or head in UNITS:
            break
    return Phrase(i, last, head)


def _noun_word(toks: list[Tok], i: int, first: bool, gerunds: bool = False) -> bool:
    if i >= len(toks) or not toks[i].text[0].isalpha() or toks[i].low in STOP or parse_number(toks, i):
        return False
    word = toks[i].low
    if word in ("more", "other", "additional", "further"):
        return first
    if _participle(word):
        # 'armed militants', 'wounded soldiers', 'days of national mourning' — not 'four reported in…'
        return i + 1 < len(toks) and plain_noun(toks[i + 1]) or gerunds and word.endswith("ing")
    return True


def _compound_plural(toks: list[Tok], i: int) -> bool:
    """'police officers', 'people smugglers': an irregular plural used as a modifier of a plural noun."""
    return (toks[i - 1].low in PLURAL_NOUNS and i < len(toks) and plain_noun(toks[i])
            and _plural(toks[i]))


def _participle(word: str) -> bool:
    return word.endswith(("ly", "ed", "ing")) or word in VERBS or word in ACTIVE


def plain_noun(tok: Tok) -> bool:
    return (tok.text[0].isalpha() and tok.low not in STOP and not _participle(tok.low)
            and word_value(tok.low) is None and tok.low not in VAGUE)


def _plural(tok: Tok) -> bool:
    word = tok.low
    if word in PLURAL_NOUNS or word.endswith("men"):
        return True
    if tok.text[0].isupper():
        return word.endswith(("ans", "is", "ers", "ists"))
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _demonym(toks: list[Tok], noun: Phrase) -> bool:
    """'Palestinians', 'Israelis', 'Americans': a capitalised plural names people."""
    return noun.last > noun.first and toks[noun.last - 1].text[0].isupper() and _plural(toks[noun.last - 1])


def _with_of(toks: list[Tok], noun: Phrase) -> Phrase:
    """Extend a unit or container with its 'of' phrase: '72 percent of Palestinians'."""
    inner = _of_phrase(toks, noun)
    return Phrase(noun.first, inner.last, noun.head, inner.first, inner.head) if inner else noun


def _of_phrase(toks: list[Tok], noun: Phrase) -> Phrase | None:
    if low(toks, noun.last) != "of":
        return None
    start = noun.last + 1 + (low(toks, noun.last + 1) in DETERMINERS)
    inner = noun_phrase(toks, start, gerunds=True)
    return inner if inner.head else None


def subject(toks: list[Tok], noun: Phrase) -> str:
    """Who or what is counted, as written: the noun phrase, or a unit's 'of' phrase."""
    if noun.head in UNITS:
        return text_of(toks, noun.of, noun.last) if noun.of >= 0 else ""
    if not noun.head:
        return ""  # 'six of them were released'
    first, last = noun.first, noun.last
    while first < last and toks[first].low in ("more", "additional", "further"):
        first += 1
    if noun.head in NOUNS and NOUNS[noun.head] != "attacks":
        last -= 1  # 'nine deaths' counts the dead, not 'deaths'; 'Palestinian deaths' counts Palestinians
    return text_of(toks, first, last)


def noun_counts(toks: list[Tok], noun: Phrase) -> str | None:
    if noun.head in NOUNS:
        return NOUNS[noun.head]
    if noun.head in CONTAINERS:
        return "attacks" if noun.of_head in VIOLENCE else noun.head
    adjective = next((VERBS[t.low] for t in toks[noun.first:noun.last - 1] if t.low in VERBS), None)
    if adjective:
        return adjective
    if noun.head in PERSONS or _demonym(toks, noun):
        return "people"
    return noun.head or None


def summable(noun: Phrase) -> bool:
    """A noun phrase naming people or things, not a unit or an event ('deaths', 'attacks')."""
    return bool(noun.head) and not any(noun.head in words for words in (UNITS, NOUNS, CONTAINERS, CURRENCIES))


def article_one(toks: list[Tok], i: int) -> Number | None:
    """'and a medic': one, in a list of counts."""
    if low(toks, i) in ("a", "an") and i + 1 < len(toks) and plain_noun(toks[i + 1]):
        return Number(i, i + 1, 1.0)
    return None
