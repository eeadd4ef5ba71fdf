"""Entity mentions: every name and alias of the knowledge base, spelling variants of them, and unknown names.

- Known forms (names and aliases) match as whole words; where two overlap the longer wins ("Jenin
  Refugee Camp" over "Jenin"). Case does not matter except that a form written with a capital must
  start with one in the text ("Leaf" the official, not "leaf"), and acronyms (PA, US, U.S.) match
  only in capitals ("US" but not "us").
- A spelling variant is a run of capitalised words that lines up with a known form word for word,
  each word equal or a transliteration of it ('Rudaineh' for 'Rudeineh', 'Mohammed' for 'Mohammad'):
  same consonant skeleton, close edit distance (rapidfuzz), and not an inflection ('Israeli' is not a
  spelling of 'Israel'). It is attached to that entity with `variant=True`, for `check` to report.
- Candidates are capitalised multi-word names that match nothing, for the knowledge base's editors.
"""

from __future__ import annotations

import bisect
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from generator.annotate.candidates import candidates_in, lowercase_words
from generator.annotate.namewords import Word, name_runs
from generator.annotate.perkb import per_knowledge_base
from generator.model import Article, KnowledgeBase, Mention, Span

TOKEN = re.compile(r"\w+")
"""A run of word characters: where a known form may start."""
VOWELS = frozenset("aeiouy")
UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ß": "ss",
                              "æ": "ae", "œ": "oe", "þ": "th"})
"""Letters that Unicode does not decompose into a base letter and a mark, as English copy writes them
('Pawłowski' as 'Pawlowski'): NFKD makes 'ą' an 'a', but leaves 'ł' alone."""
EQUIVALENT = {"q": "k", "c": "k", "g": "j"}
"""Letters transliterations swap ('Qaraqe'/'Karaki', 'Gamal'/'Jamal')."""
NASALISED = {"m": "bp", "n": "dtkgc"}
"""The nasal English copy writes for Polish 'ą' and 'ę' before these consonants ('Dombrowski', 'Dęta' as
'Denta'); before others ('s', 'z', 'w') it writes none."""
ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)-", re.IGNORECASE)
"""The Arabic article some spellings write and others drop ('al-Haddad' / 'Haddad')."""
DERIVATIONS = frozenset("er or ry y ian an ist ism ese ish ic al".split())
"""Endings that make another word of a stem ('Minister', 'Ministry'), not another spelling of it."""
MIN_STEM = 4
SINGLE_WORD_SIMILARITY = 0.65
MULTI_WORD_SIMILARITY = 0.6
"""Normalised Levenshtein similarity of one word to the known one; lower when the other words agree."""
MIN_VARIANT_LENGTH = 4
ONE_OFF_LENGTH = 5
"""Shortest word of a longer name that may differ from the known one by a letter ('Joan Smith' is no
'John Smith'; 'Haruna Lawan Dikko' is 'Haruna Lawal Dikko')."""
INFLECTIONS = frozenset("s es i is ian ians an ans n ns ese ite ites ic ish ism ist ists".split())
"""Endings that make a name into another word (a demonym, a plural, an adjective)."""


# --- known forms --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Matcher:
    """Every known form, reachable from the first word of text where it may start."""

    folded: dict[str, re.Pattern[str]]
    """Case-insensitive forms, by the casefolded first word."""
    exact: dict[str, re.Pattern[str]]
    """Acronyms, by their exact first word."""
    owners: dict[str, str]
    """Entity id by form key (casefolded, or exact for acronyms)."""
    capital: frozenset[str]
    """Keys of forms that start with a capital letter."""


def is_acronym(form: str) -> bool:
    """'PA', 'IDF', 'U.S.': all capitals, short, so matched only in capitals."""
    letters = [c for c in form if c.isalpha()]
    return 0 < len(letters) <= 6 and all(c.isupper() for c in letters) and " " not in form.strip()


def _form_key(text: str, acronym: bool) -> str:
    text = " ".join(text.replace("’", "'").split())
    return text if acronym else text.casefold()


NICKNAME = r"\s+[\"“'‘][^\"”'’\s]{1,20}[\"”'’]\s+"
"""A nickname in quotation marks between a person's first name and the rest: 'Davit “Dato” Tsiklauri',
'Robert "Bobby" Kane'. The name is still that person's."""
_NICKNAME = re.compile(NICKNAME)


def _form_pattern(form: str, person: bool = False) -> str:
    words = [re.escape(w).replace("'", "['’]").replace("’", "['’]") for w in form.split()]
    if person and len(words) > 1:
        return rf"{words[0]}(?:{NICKNAME}|\s+)" + r"\s+".join(words[1:])
    return r"\s+".join(words)


@per_knowledge_base
def _matcher(kb: KnowledgeBase) -> _Matcher:
    grouped: dict[tuple[bool, str], list[str]] = defaultdict(list)
    owners: dict[str, str] = {}
    capital: set[str] = set()
    people: set[str] = set()
    for entity in kb.entities:
        for form in (entity.name, *entity.aliases):
            if entity.type == "person":
                people.add(form)
            acronym = is_acronym(form)
            key = _form_key(form, acronym)
            owners.setdefault(key, entity.id)
            if form[:1].isupper():
                capital.add(key)
            lead = TOKEN.match(form)
            if lead:
                grouped[(acronym, lead.group() if acronym else lead.group().casefold())].append(form)
    folded: dict[str, re.Pattern[str]] = {}
    exact: dict[str, re.Pattern[str]] = {}
    for (acronym, first), forms in grouped.items():
        longest_first = sorted(set(forms), key=len, reverse=True)
        alternation = "|".join(_form_pattern(f, f in people) for f in longest_first)
        pattern = re.compile(rf"(?:{alternation})(?!\w)", 0 if acronym else re.IGNORECASE)
        (exact if acronym else folded)[first] = pattern
    return _Matcher(folded, exact, owners, frozenset(capital))


def _known_in(text: str, matcher: _Matcher) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, entity, acronym) of each form starting at a word of `text`, longest first."""
    for start, word in _lead_words(text, matcher):
        for acronym, table, key in ((True, matcher.exact, word), (False, matcher.folded, word.casefold())):
            pattern = table.get(key)
            match = pattern.match(text, start) if pattern else None
            if match is None:
                continue
            form = _form_key(_NICKNAME.sub(" ", match.group()), acronym)
            if not acronym and form in matcher.capital and not match.group()[0].isupper():
                continue
            if form in matcher.owners:
                yield match.start(), match.end(), matcher.owners[form], acronym


def _lead_words(text: str, matcher: _Matcher) -> list[tuple[int, str]]:
    """(start, word) of each word of `text` a known form starts with, in text order.

    Each distinct word is looked up once, and only those a form starts with are then found in the text,
    so that the many words of a paragraph that name no one are not walked one by one.
    """
    leads = {word for word in set(TOKEN.findall(text))
             if word in matcher.exact or word.casefold() in matcher.folded}
    found = []
    for word in leads:
        at = text.find(word)
        while at >= 0:
            if _whole_word(text, at, at + len(word)):
                found.append((at, word))
            at = text.find(word, at + 1)
    return sorted(found)


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (word characters) is a whole TOKEN: no word character on either side."""
    return not (start > 0 and _word_char(text[start - 1]) or end < len(text) and _word_char(text[end]))


def _word_char(char: str) -> bool:
    """What `\\w` matches in a `str` pattern."""
    return char.isalnum() or char == "_"


def _longest(found: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str]]:
    """Non-overlapping matches, the leftmost and then the longest winning."""
    kept: list[tuple[int, int, str]] = []
    end = -1
    for start, stop, entity, _ in sorted(found, key=lambda m: (m[0], -(m[1] - m[0]))):
        if start >= end:
            kept.append((start, stop, entity))
            end = stop
    return kept


# --- spelling variants --------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The consonants of a word as transliterations keep them: 'Rudeineh' and 'Rudaineh' give 'rdnh'."""
    plain = unicodedata.normalize("NFKD", word.casefold()).translate(UNDECOMPOSED)
    letters = [c for c in plain if c.isalpha()]
    if not letters:
        return ""
    letters = [EQUIVALENT.get(c, c) for c in _softened(letters)]
    head = "a" if letters[0] in VOWELS else letters[0]
    rest: list[str] = []
    for c in letters[1:]:
        if c not in VOWELS and (not rest or rest[-1] != c):
            rest.append(c)
    if rest and rest[0] == head:
        rest = rest[1:]
    return head + "".join(rest)


def _softened(letters: list[str]) -> list[str]:
    """Sounds that transliterations write in two ways, as one: 'kh' (and 'ch') as 'h' ('Vlachou' and
    'Vlahou'), a 'g' inside a word before e, i or y as a 'y' ('Karagianni' and 'Karayianni'). And a 'c'
    before e, i or y is an 's', not the 'k' of 'Karaki': 'Greece' is no spelling of 'Greek'. A nasal
    after 'o' or 'e' before a stop is left out, as 'ą' and 'ę' have none: 'Dąbrowski', 'Dombrowski'."""
    soft: list[str] = []
    for i, c in enumerate(letters):
        after = letters[i + 1] if i + 1 < len(letters) else ""
        if c in ("k", "c") and after == "h":
            continue
        if after and i > 0 and letters[i - 1] in ("o", "e") and after in NASALISED.get(c, ""):
            continue  # Polish 'ą' and 'ę' written as they sound: 'Dombrowski' for 'Dąbrowski'
        if after in ("e", "i", "y"):
            c = "y" if c == "g" and i > 0 else "s" if c == "c" else c
        soft.append(c)
    return soft


def is_variant(written: str, known: str, similarity: float = SINGLE_WORD_SIMILARITY) -> bool:
    """Whether `written` is another spelling of the name part `known` (not the same, not an inflection)."""
    a, b = written.casefold(), known.casefold()
    if a == b or min(len(a), len(b)) < MIN_VARIANT_LENGTH or _inflected(a, b) or _inflected(b, a) \
            or _derived(a, b):
        return False
    if skeleton(a) != skeleton(b):
        return False
    return Levenshtein.normalized_similarity(a, b) >= similarity


def _inflected(longer: str, shorter: str) -> bool:
    """'Israeli' from 'Israel', 'Jordanians' from 'Jordan': another word, not another spelling. A final
    e, a or y gives way to the ending: 'Ukrainian' from 'Ukraine', 'European', 'Italian'."""
    if longer.startswith(shorter) and longer[len(shorter):] in INFLECTIONS:
        return True
    stem = shorter[:-1]
    return shorter[-1:] in ("e", "a", "y") and len(stem) >= MIN_STEM and longer.startswith(stem) \
        and longer[len(stem):] in INFLECTIONS


def _derived(a: str, b: str) -> bool:
    """'Minister' and 'Ministry': two words of one stem with two endings, not two spellings of one."""
    stem = os.path.commonprefix([a, b])
    return len(stem) >= MIN_STEM and a[len(stem):] in DERIVATIONS and b[len(stem):] in DERIVATIONS


@dataclass(frozen=True)
class _Part:
    entity: str
    form: tuple[str, ...]
    index: int


_Parts = dict[str, tuple[_Part, ...]]


@per_knowledge_base
def _parts(kb: KnowledgeBase) -> _Parts:
    """Each word of each non-acronym form, by its skeleton: a variant shares its skeleton."""
    index: dict[str, list[_Part]] = defaultdict(list)
    for entity in kb.entities:
        for form in (entity.name, *entity.aliases):
            if is_acronym(form):
                continue
            words = tuple(form.split())
            for i, word in enumerate(words):
                index[_part_key(word)].append(_Part(entity.id, words, i))
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=65536)
def _part_key(word: str) -> str:
    """The skeleton of a name word without its Arabic article: where `_parts` files it."""
    return skeleton(ARTICLE.sub("", word))


def _variant_windows(run: tuple[str, ...], parts: _Parts) -> Iterator[tuple[int, int, str, float]]:
    """(first word, last word + 1, entity, score) of each window of `run` that spells a known form."""
    for i, word in enumerate(run):
        for part in parts.get(_part_key(word), ()):
            start = i - part.index
            stop = start + len(part.form)
            if start < 0 or stop > len(run):
                continue
            score = _align(run[start:stop], part.form)
            if score is not None:
                yield start, stop, part.entity, score


def _align(written: tuple[str, ...], form: tuple[str, ...]) -> float | None:
    """How well the written words spell `form` word for word (None: they do not, or spell it exactly)."""
    threshold = SINGLE_WORD_SIMILARITY if len(form) == 1 else MULTI_WORD_SIMILARITY
    variants = exact = one_off = 0
    total = 0.0
    for a, b in zip(written, form, strict=True):
        if a.casefold() == b.casefold():
            exact += 1
            total += 1.0
            continue
        bare_a, bare_b = _bare(a), _bare(b)
        if bare_a == bare_b:  # 'Haddad' for 'al-Haddad'
            variants += 1
            total += 0.9
        elif is_variant(bare_a, bare_b, threshold) or _one_letter_off(bare_a, bare_b):
            variants += 1
            one_off += not is_variant(bare_a, bare_b, threshold)
            total += Levenshtein.normalized_similarity(bare_a, bare_b)
        else:
            return None
    if one_off and not exact:
        return None  # a letter off counts only beside a word written as known
    return total + len(form) if variants else None


def _one_letter_off(a: str, b: str) -> bool:
    """A letter changed, added or dropped in a long word ('Lawan' for 'Lawal', 'Zango' for 'Zangon'): a
    spelling of a word of a longer name whose other words are written as known (`_align` asks)."""
    return min(len(a), len(b)) >= ONE_OFF_LENGTH and Levenshtein.distance(a, b) == 1 \
        and not (_inflected(a, b) or _inflected(b, a))


@lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    """A name word without its Arabic article, casefolded: 'al-Haddad' → 'haddad'."""
    return ARTICLE.sub("", word).casefold()


_Windows = dict[tuple[str, ...], list[tuple[int, int, str]]]
"""`_best_windows` of runs of words, by the words."""


@per_knowledge_base
def _windows_found(kb: KnowledgeBase) -> _Windows:
    """The best windows of each run of words met so far, for this knowledge base: a story names the same
    people in paragraph after paragraph (a thousand articles have 27,000 runs to look at, 2,000 distinct)."""
    return {}


def _windows_of(run: list[Word], parts: _Parts, windows: _Windows) -> list[tuple[int, int, str]]:
    """`_best_windows` of the run's words, each distinct run worked out once (they depend on nothing else)."""
    words = tuple(word.text for word in run)
    if words not in windows:
        windows[words] = _best_windows(words, parts)
    return windows[words]


def _variants(text: str, known: list[tuple[int, int, str]], parts: _Parts, windows: _Windows
              ) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Variant mentions found in `text`, and the known mentions they absorb ('Mahmud' + 'Abbas')."""
    found: list[tuple[int, int, str]] = []
    absorbed: list[tuple[int, int, str]] = []
    bounds = ([m[0] for m in known], [m[1] for m in known])
    for run in name_runs(text):
        if _all_known(run, known, bounds[0]):
            continue  # every window of it would be refused below: no word of it is new
        for first, last, entity in _windows_of(run, parts, windows):
            start, end = run[first].start, run[last - 1].end
            inside = _overlapping(known, bounds, start, end)
            if all(m[2] == entity and start <= m[0] and m[1] <= end for m in inside) and \
                    any(not _covered(w, inside) for w in run[first:last]):
                found.append((start, end, entity))
                absorbed.extend(inside)
    return found, absorbed


def _all_known(run: list[Word], known: list[tuple[int, int, str]], starts: list[int]) -> bool:
    """Whether every word of the run is inside a known mention (`known` sorted, not overlapping)."""
    for word in run:
        at = bisect.bisect_right(starts, word.start) - 1
        if at < 0 or known[at][1] < word.end:
            return False
    return True


def _overlapping(known: list[tuple[int, int, str]], bounds: tuple[list[int], list[int]], start: int, end: int
                 ) -> list[tuple[int, int, str]]:
    """The known mentions in [start, end) (`known` sorted, not overlapping; `bounds`: starts, ends)."""
    return known[bisect.bisect_right(bounds[1], start):bisect.bisect_left(bounds[0], end)]


def _best_windows(run: tuple[str, ...], parts: _Parts) -> list[tuple[int, int, str]]:
    """Non-overlapping windows, the best first; a window two entities spell equally well is left out."""
    windows = sorted(set(_variant_windows(run, parts)), key=lambda w: (-w[3], w[0], w[2]))
    spellers: dict[tuple[int, int, float], set[str]] = defaultdict(set)
    for first, last, entity, score in windows:
        spellers[(first, last, score)].add(entity)
    chosen: list[tuple[int, int, str]] = []
    taken: set[int] = set()  # the words of the chosen windows: a long run may have many windows
    for first, last, entity, score in windows:
        if len(spellers[(first, last, score)]) > 1 or not taken.isdisjoint(range(first, last)):
            continue
        chosen.append((first, last, entity))
        taken.update(range(first, last))
    return chosen


def _covered(word: Word, mentions: list[tuple[int, int, str]]) -> bool:
    return any(m[0] <= word.start and word.end <= m[1] for m in mentions)


# --- public -------------------------------------------------------------------------------------


def find_mentions(article: Article, kb: KnowledgeBase) -> tuple[Mention, ...]:
    """Every mention of a knowledge-base entity, by name, alias or a spelling variant, in text order."""
    if not kb.entities:
        return ()
    matcher, parts, windows = _matcher(kb), _parts(kb), _windows_found(kb)
    mentions: list[Mention] = []
    for number, text in enumerate(article.paragraphs):
        known = _longest(list(_known_in(text, matcher)))
        variants, absorbed = _variants(text, known, parts, windows)
        gone = set(absorbed)
        spans = [(s, e, ent, False) for s, e, ent in known if (s, e, ent) not in gone]
        spans += [(s, e, ent, True) for s, e, ent in variants]
        for start, end, entity, variant in sorted(spans):
            mentions.append(Mention(Span(article.id, number, start, end, text[start:end]), entity, variant))
    return tuple(mentions)


def find_candidates(article: Article, kb: KnowledgeBase, mentions: tuple[Mention, ...]) -> tuple[Span, ...]:
    """Capitalised multi-word names that match no entity: candidates for the knowledge base."""
    by_paragraph: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for mention in mentions:
        by_paragraph[mention.span.paragraph].append((mention.span.start, mention.span.end))
    lowercase = lowercase_words(article.paragraphs)
    found: list[Span] = []
    for number, text in enumerate(article.paragraphs):
        for start, end in candidates_in(text, by_paragraph[number], lowercase):
            found.append(Span(article.id, number, start, end, text[start:end]))
    return tuple(found)
