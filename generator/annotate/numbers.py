"""Numbers as news text writes them: numerals ("19", "2,500", "1.5 million") and number words ("nine",
"Twenty-five", "two hundred", "a dozen"), plus the vague plurals ("dozens", "hundreds", "tens of thousands").

The figures and dates annotators share this tokeniser, so that both agree on what a number and a year are.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import NamedTuple

from generator.annotate.alternation import any_word

TOKEN = re.compile(r"\d+(?:[,.]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|\S")
"""A numeral (with its thousands separators and decimals), a word (with its apostrophes), or one symbol."""

SMALL = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
TENS = {w: 10 * n for n, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
        if w != "_"}
MONEY_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
                "b": 1_000_000_000, "tn": 1_000_000_000_000}
"""Scales written glued to an amount: '€61.3m', '$1.5bn', '£400k'."""
CURRENCY_SIGNS = frozenset("$€£¥₪₦₹N")
"""Signs glued before an amount with its scale ('€61.3m'); 'N' is the naira as Nigerian copy writes it."""
LETTER_SIGNS = frozenset(("KSh", "Ksh", "Sh", "TSh", "USh", "Rs"))
"""Signs of letters, before an amount with its scale glued on, with or without a space: 'KSh 50m'."""
DECIMAL_DIGITS = {**SMALL, "nought": 0, "oh": 0}
"""The words read out after 'point': 'forty-nine point oh four'."""
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE = {"dozens": 24.0, "hundreds": 200.0, "thousands": 2_000.0, "millions": 2_000_000.0}
"""Plural scale words: at least two of the unit ('dozens' is at least 24)."""
GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
"""A numeral whose commas, if any, separate thousands ('1,2' is a list, not a number)."""
SWAPPED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}\.000")
DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
YEARS = (1800, 2100)
STARTS = frozenset({*SMALL, *TENS, *VAGUE, "a", "tens"})
"""The words a number in words can start with."""
DIGIT = re.compile(r"\d")
NUMBER_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:" + any_word({*SMALL, *TENS, *VAGUE, *SCALES, "dozen"})
                         + r")(?![^\W\d_])")
"""A number word standing alone, as a token is (no letter on either side). Every number in words has
one: it starts with one, or is 'a' before one ('a dozen'), or 'tens' before one ('tens of thousands')."""


class Tok(NamedTuple):
    """A token of a paragraph, with its character offsets."""

    text: str
    start: int
    end: int
    low: str
    """The text in lower case, with a straight apostrophe."""


@dataclass(frozen=True)
class Number:
    """A number found in the tokens: tokens [first, last) give `value`."""

    first: int
    last: int
    value: float
    vague: bool = False
    """'dozens', 'hundreds': the value is a floor, not a count."""
    numeral: bool = False
    """Written in digits."""


def tokenize(text: str) -> list[Tok]:
    """The tokens of a text."""
    return [Tok(m.group(), m.start(), m.end(), m.group().lower().replace("’", "'"))
            for m in TOKEN.finditer(text)]


def glued(toks: list[Tok], i: int) -> bool:
    """Whether token i touches the one before it (no space between)."""
    return 0 < i < len(toks) and toks[i - 1].end == toks[i].start


def may_have_numbers(text: str) -> bool:
    """False when the text has no number (`find_numbers` would find none in its tokens): no digit, and no
    number word. A quick scan, so that the many paragraphs without a number need not be tokenized."""
    return DIGIT.search(text) is not None or NUMBER_WORD.search(text) is not None


def find_numbers(toks: list[Tok]) -> list[Number]:
    """Every number in the tokens, left to right, except those glued into a compound word by a hyphen
    ('two-state', 'F-16', 'a 17-year-old', 'COVID-19') or a letter ('26th', '10am')."""
    found = []
    resume = 0
    for i in _possible_starts(toks):
        number = parse_number(toks, i) if i >= resume else None
        if number is None:
            continue
        if not _compound(toks, number):
            found.append(number)
        resume = number.last
    return found


def _possible_starts(toks: list[Tok]) -> list[int]:
    """The tokens a number may start at: `parse_number` is None at every other."""
    return [i for i, tok in enumerate(toks) if tok.text[0].isdigit() or tok.low in STARTS]


def parse_number(toks: list[Tok], i: int) -> Number | None:
    """The number starting at token i, if one does."""
    if toks[i].text[0].isdigit():
        return _numeral(toks, i)
    if toks[i].low not in STARTS:
        return None
    return _vague(toks, i) or _words(toks, i)


def is_year(toks: list[Tok], number: Number) -> bool:
    """A four-digit numeral without separators in the range of years: '1993', 'in 2020'."""
    text = toks[number.first].text
    return (number.numeral and number.last == number.first + 1 and len(text) == 4 and text.isdigit()
            and YEARS[0] <= int(text) <= YEARS[1])


def word_value(word: str) -> int | None:
    """The value of one number word ('seven', 'forty'), None for anything else."""
    word = word.lower()
    return SMALL.get(word, TENS.get(word))


def _numeral(toks: list[Tok], i: int) -> Number | None:
    value = _numeral_value(toks, i)
    if value is None:
        return None
    last = i + 1
    if last < len(toks) and toks[last].low in SCALES and toks[last].low != "hundred":
        value *= SCALES[toks[last].low]
        last += 1
    elif _money_scale(toks, i):  # '€61.3m', '$1.5bn'
        value *= MONEY_SCALES[toks[last].low]
        last += 1
    if not math.isfinite(value):  # a numeral of some 310 digits: no count, and no JSON number holds it
        return None
    return Number(i, last, value, numeral=True)


def _numeral_value(toks: list[Tok], i: int) -> float | None:
    """The value of the numeral at i as English writes it ('1,250.5'), or as a translation from a language
    that swaps the marks may keep it: '60.000 euros' (a decimal never ends in three zeros), '1.200.000',
    '2,1 ng/mL' (a comma before one or two digits, then a word that is not 'and' or 'or': '1,2 and 3' is a
    list)."""
    text = toks[i].text
    if SWAPPED_THOUSANDS.fullmatch(text):
        return float(text.replace(".", ""))
    if GROUPED.fullmatch(text):
        return float(text.replace(",", ""))
    following = low(toks, i + 1)
    if DECIMAL_COMMA.fullmatch(text) and following[:1].isalpha() and following not in ("and", "or"):
        return float(text.replace(",", "."))
    return None


def _money_scale(toks: list[Tok], i: int) -> bool:
    """Whether the numeral at i is an amount of money with its scale glued on: '€61.3m', '£2bn' (a
    currency sign before it; '5m' alone is five metres)."""
    sign = toks[i - 1].text if i > 0 else ""
    return ((glued(toks, i) and sign in CURRENCY_SIGNS or sign in LETTER_SIGNS) and glued(toks, i + 1)
            and low(toks, i + 1) in MONEY_SCALES)


def _vague(toks: list[Tok], i: int) -> Number | None:
    """'dozens', 'hundreds', 'tens of thousands', 'hundreds of thousands'."""
    word = toks[i].low
    if word == "tens" and _is(toks, i + 1, "of") and _is(toks, i + 2, "thousands", "millions"):
        return Number(i, i + 3, 10 * VAGUE[toks[i + 2].low], vague=True)
    if word in VAGUE:
        if _is(toks, i + 1, "of") and _is(toks, i + 2, "thousands", "millions"):
            return Number(i, i + 3, VAGUE[word] / 2 * VAGUE[toks[i + 2].low], vague=True)
        return Number(i, i + 1, VAGUE[word], vague=True)
    return None


def _words(toks: list[Tok], i: int) -> Number | None:
    """Number words: 'nine', 'twenty-five', 'twenty five', 'two hundred and six', 'a dozen', 'a hundred'."""
    state = _WordState()
    j = i
    if toks[i].low == "a" and _is(toks, i + 1, "dozen", *SCALES):
        state = _WordState(current=1, kind="unit")
        j = i + 1
    while j < len(toks):
        moved = _word_step(toks, j, state)
        if moved is None:
            break
        j, state = moved
    if state.kind in (None, "and"):
        return None
    whole = float(state.total + state.current)
    if state.kind in ("unit", "tens"):
        j, whole = _spoken_decimals(toks, j, whole)
    if words_at(toks, j, ("and", "a", "half")):  # 'eight and a half years'
        j, whole = j + 3, whole + 0.5
    return Number(i, j, whole)


def _spoken_decimals(toks: list[Tok], j: int, whole: float) -> tuple[int, float]:
    """'forty-nine point four' (a result read out): the digit words after 'point' are the decimals.
    Returns the token after them and the value, or (j, whole) when no digit word follows 'point'."""
    if not _is(toks, j, "point"):
        return j, whole
    digits = ""
    k = j + 1
    while 0 <= DECIMAL_DIGITS.get(low(toks, k), 10) < 10:
        digits += str(DECIMAL_DIGITS[low(toks, k)])
        k += 1
    if not digits:
        return j, whole
    value = float(f"{int(whole)}.{digits}")
    if low(toks, k) in SCALES and low(toks, k) != "hundred":  # 'nine point five million'
        return k + 1, value * SCALES[low(toks, k)]
    return k, value


@dataclass(frozen=True)
class _WordState:
    total: int = 0
    """The completed thousands, millions…"""
    current: int = 0
    """The group below the last scale word."""
    kind: str | None = None
    """What the last word was: unit, tens, hundred, scale, and."""


def _word_step(toks: list[Tok], j: int, s: _WordState) -> tuple[int, _WordState] | None:
    """One word more of the number, or None when the number ends before token j."""
    word = toks[j].low
    opening = s.kind in (None, "hundred", "and", "scale")
    if word in TENS and opening:
        value, j = TENS[word], j + 1
        if _is(toks, j, "-") and glued(toks, j) and 0 < SMALL.get(low(toks, j + 1), 0) < 10:
            value, j = value + SMALL[low(toks, j + 1)], j + 2
        elif 0 < SMALL.get(low(toks, j), 0) < 10:
            value, j = value + SMALL[low(toks, j)], j + 1
        return j, _WordState(s.total, s.current + value, "tens")
    if word in SMALL and opening:
        return j + 1, _WordState(s.total, s.current + SMALL[word], "unit")
    if word == "hundred" and s.kind in ("unit", "tens") and s.current < 100:
        return j + 1, _WordState(s.total, s.current * 100, "hundred")
    if word == "dozen" and s.kind == "unit":
        return j + 1, _WordState(s.total, s.current * 12, "unit")
    if word in SCALES and word != "hundred" and s.kind in ("unit", "tens", "hundred"):
        return j + 1, _WordState(s.total + s.current * SCALES[word], 0, "scale")
    if word == "and" and s.kind in ("hundred", "scale") and (word_value(low(toks, j + 1)) or 0) > 0:
        return j + 1, _WordState(s.total, s.current, "and")
    return None


def _compound(toks: list[Tok], number: Number) -> bool:
    """Glued to a word by a hyphen or directly: '17-year-old', 'F-16', '26th', '10am'; or a time, '10:30'."""
    before, after = number.first, number.last
    if glued(toks, before) and toks[before - 1].text == ":" and glued(toks, before - 1) \
            and low(toks, before - 2)[:1].isdigit():
        return True  # the minutes of a clock time: '20:00'
    if glued(toks, before) and toks[before - 1].text == "N" and number.value >= 1_000_000:
        return False  # 'N500m', 'N3 billion': the naira, as Nigerian copy writes it
    if glued(toks, before) and toks[before - 1].text in LETTER_SIGNS:
        return False  # 'Sh50 million', 'Rs500': a currency written in letters
    if glued(toks, before) and (toks[before - 1].text[-1].isalnum()
                                or toks[before - 1].text in "-‐‑–" and glued(toks, before - 1)):
        return True
    if after < len(toks) and glued(toks, after):
        nxt = toks[after].text
        if nxt[0].isalnum() or nxt == ":" and low(toks, after + 1)[:1].isdigit():
            return True
        if nxt in "-‐‑–" and after + 1 < len(toks) and glued(toks, after + 1):
            return True
    return False


def _is(toks: list[Tok], i: int, *words: str) -> bool:
    return low(toks, i) in words


# --- token helpers, shared by the annotators ------------------------------------------------------


def low(toks: list[Tok], i: int) -> str:
    """Token i in lower case, '' outside the tokens."""
    return toks[i].low if 0 <= i < len(toks) else ""


def words_at(toks: list[Tok], i: int, words: tuple[str, ...]) -> bool:
    """Whether `words` (lower case) are the tokens from i on."""
    return i >= 0 and all(low(toks, i + k) == w and (k == 0 or not _odd_gap(toks, i + k))
                          for k, w in enumerate(words))


def _odd_gap(toks: list[Tok], i: int) -> bool:
    """Two words of a phrase separated by more than spaces (a line break is fine, punctuation is not)."""
    return toks[i].start - toks[i - 1].end > 3


def text_of(toks: list[Tok], first: int, last: int) -> str:
    """The words of tokens [first, last) as written, joined by one space where they were apart."""
    out = []
    for i in range(first, last):
        out.append(("" if i == first or glued(toks, i) else " ") + toks[i].text)
    return "".join(out)


def number_at(toks: list[Tok], j: int) -> Number | None:
    """The number starting at token j, if any (j may be out of range)."""
    return parse_number(toks, j) if 0 <= j < len(toks) else None
