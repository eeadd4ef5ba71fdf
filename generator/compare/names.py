"""How each article writes a name, which title it gives a person, and which institution it names.

- Spellings: the parts of an entity's names, as the articles write them, are compared with each other;
  two parts that differ by a letter or two ('Rudeineh', 'Rudaineh') are spellings of one name. An
  inflection ('Israel', 'Israeli') is not a spelling.
- Roles: the title written just before a person's name ('PA presidential spokesperson Nabil …') or in
  apposition after it ('…, spokesperson for the President,'), when it holds a word for a role.
Everything is indexed by entity, so the cost is linear in the number of mentions.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from generator.compare.model import NameGroup, NameValue, RoleValue, Spelling
from generator.compare.text import WORD, paragraph_text, sentence_bounds
from generator.model import Annotations, Article, KnowledgeBase, Mention

ROLE_NOUNS = frozenset("""
spokesperson spokesman spokeswoman president vice minister premier chief chairman chairwoman chair secretary
leader official officer director head member deputy ambassador envoy general commander adviser advisor
mayor governor senator judge prosecutor king queen prince chancellor lawmaker legislator representative
delegate coordinator negotiator professor editor correspondent reporter founder ceo manager captain colonel
lieutenant sergeant major activist lawyer attorney diplomat mufti imam rabbi bishop pope cleric sheikh
""".split())
_STOP_BEFORE = frozenset("said says say told tells by to and with from according that the a an as was is "
                         "were are has had have when while after before but or who which".split())
SPELLING_SIMILARITY = 75
"""rapidfuzz ratio (0–100) above which two name parts of one entity are spellings of each other."""
MAX_PARTS = 60
"""Name parts compared per entity (the most used): bounds the pairwise comparison of spellings."""
MAX_TITLE_WORDS = 10


def compare_names(articles: tuple[Article, ...], annotations: dict[str, Annotations],
                  kb: KnowledgeBase) -> tuple[NameGroup, ...]:
    """One group per entity mentioned anywhere, sorted by entity id."""
    people = {e.id for e in kb.entities if e.type == "person"}
    by_entity: dict[str, list[tuple[int, Mention]]] = defaultdict(list)
    for order, article in enumerate(articles):
        for mention in annotations[article.id].mentions:
            by_entity[mention.entity].append((order, mention))
    groups = []
    for entity in sorted(by_entity):
        mentions = by_entity[entity]
        roles = _roles(mentions, articles) if entity in people else ()
        groups.append(NameGroup(entity=entity, values=_values(mentions), spellings=_spellings(mentions),
                                roles=roles, roles_differ=roles_differ(r.role for r in roles)))
    return tuple(groups)


def _values(mentions: list[tuple[int, Mention]]) -> tuple[NameValue, ...]:
    seen: dict[tuple[int, str, str], list[int]] = {}
    for order, mention in mentions:
        key = (order, mention.span.article, mention.span.text)
        seen.setdefault(key, []).append(mention.span.paragraph)
    return tuple(NameValue(article=a, text=t, count=len(p), paragraph=min(p))
                 for (_, a, t), p in sorted(seen.items()))


def _spellings(mentions: list[tuple[int, Mention]]) -> tuple[Spelling, ...]:
    """The spellings of the one name part written most differently, with the articles using each."""
    users: dict[str, set[tuple[int, str]]] = defaultdict(set)
    forms: dict[str, set[str]] = defaultdict(set)
    for order, mention in mentions:
        for part in name_parts(mention.span.text):
            users[part].add((order, mention.span.article))
            forms[part].add(mention.span.text)
    parts = sorted(users, key=lambda p: (-len(users[p]), p))[:MAX_PARTS]
    family = _variant_family(parts)
    if len(family) < 2:
        return ()
    spellings = [Spelling(text=max(forms[p], key=lambda f: (len(f), f)),
                          articles=tuple(a for _, a in sorted(users[p]))) for p in family]
    return tuple(sorted(spellings, key=lambda s: (-len(s.articles), s.text)))


def name_parts(text: str) -> list[str]:
    """The capitalised words of a name long enough to be told apart by spelling."""
    return [w for w in WORD.findall(text) if len(w) >= 4 and w[0].isupper()]


def is_variant(a: str, b: str) -> bool:
    """Two spellings of one name part: close, same initial (its accents aside: 'Ţurcanu', 'Turcanu'),
    similar length, neither an inflection of the other."""
    x, y = a.casefold(), b.casefold()
    if x == y or x.startswith(y) or y.startswith(x) or abs(len(x) - len(y)) > 2:
        return False
    if _unaccented(x[0]) != _unaccented(y[0]):
        return False
    return fuzz.ratio(x, y) >= SPELLING_SIMILARITY or _unaccented(x) == _unaccented(y)


@lru_cache(maxsize=4096)
def _unaccented(text: str) -> str:
    """The letters without their accents: 'ţ' (cedilla) and 'ț' (comma below) are both 't'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _variant_family(parts: list[str]) -> list[str]:
    """The largest set of parts that are spellings of one another (the first found among equals)."""
    best: list[str] = []
    for index, part in enumerate(parts):
        family = [part] + [other for other in parts[index + 1:] if is_variant(part, other)]
        if len(family) > len(best):
            best = family
    return best


def _roles(mentions: list[tuple[int, Mention]], articles: tuple[Article, ...]) -> tuple[RoleValue, ...]:
    found: dict[tuple[int, str], RoleValue] = {}
    for order, mention in mentions:
        text = paragraph_text(articles[order], mention.span.paragraph)
        if text is None:
            continue
        role = title_before(text, mention.span.start) or title_after(text, mention.span.end)
        if role and (order, role.casefold()) not in found:
            found[(order, role.casefold())] = RoleValue(mention.span.article, role, mention.span.paragraph)
    return tuple(found[k] for k in sorted(found))


def title_before(text: str, start: int) -> str | None:
    """The title written right before a name: words back to a verb, article or punctuation."""
    lo = sentence_bounds(text, start)[0]
    kept: list[tuple[int, int]] = []
    boundary = start
    words = list(WORD.finditer(text, lo, start))
    for index in range(len(words) - 1, -1, -1):
        match = words[index]
        if text[match.end():boundary].strip() or match.group().lower() in _STOP_BEFORE \
                or _verb_after_a_name(match.group(), words[index - 1].group() if index else ""):
            break
        kept.append(match.span())
        boundary = match.start()
        if len(kept) == MAX_TITLE_WORDS:
            break
    while kept and text[kept[-1][0]].isdigit():
        kept.pop()  # a count before the title, not part of it: '12 Fire chief'
    if not kept:
        return None
    phrase = text[kept[-1][0]:kept[0][1]]
    # ('spokesperson for PA President Mahmoud Abbas': the spokesperson is someone else; Abbas is the
    # President. Not 'deputy chief of staff', whose last part names no role.)
    last = re.split(r" (?:for|of) ", phrase)[-1]
    if last != phrase and _has_role(last):
        phrase = last
    return phrase if _has_role(phrase) else None


def _verb_after_a_name(word: str, before: str) -> bool:
    """'pressured' in 'Antony Blinken pressured PA leader Mahmoud Abbas': a past verb after a name ends the
    title (not 'retired' in 'the retired judge')."""
    return word.islower() and word.endswith("ed") and word not in ROLE_NOUNS and before[:1].isupper()


def title_after(text: str, end: int) -> str | None:
    """A title in apposition: ', spokesperson for the President,' right after the name."""
    rest = text[end:sentence_bounds(text, end)[1]]
    if not rest.startswith(", "):
        return None
    phrase = rest[2:].split(",")[0].rstrip(".;:!? ")
    if not phrase or len(WORD.findall(phrase)) > MAX_TITLE_WORDS or not _has_role(phrase):
        return None
    first = WORD.findall(phrase)[0].lower()
    return phrase if first in ROLE_NOUNS or first in {"a", "an", "the"} or phrase[0].isupper() else None


ROLE_SYNONYMS = ((re.compile(r"\bchief executive(?: officer)?\b", re.IGNORECASE), "ceo"),
                 (re.compile(r"\bspokes(?:man|woman)\b", re.IGNORECASE), "spokesperson"))
"""Two ways of writing one role: 'chief executive' and 'CEO', 'spokeswoman' and 'spokesperson'."""


RANKS = frozenset(("deputy", "vice", "assistant"))
"""Words that make the role after them another one: a deputy minister is no minister."""
GENERIC_ROLES = frozenset(("leader", "official"))
"""Role words that any title may be said with: 'PA leader' for the PA's President. (Not 'head': 'the
resort's head of ski patrol' is another job than its chief avalanche forecaster's.)"""


def roles_differ(roles: Iterable[str]) -> bool:
    """Whether the titles the articles give a person name different roles: no role word is in every one
    of them ('Chief Fire Officer' and 'Fire chief' are one chief; 'police chief' and 'police spokesman',
    'Deputy Energy Minister' and 'Energy Minister' are two roles). A title of generic words alone ('PA
    leader') differs from none. Linear in the titles."""
    common: set[str] | None = None
    for role in roles:
        words = role_words(role)
        if words <= GENERIC_ROLES:
            continue
        common = words if common is None else common & words
        if not common:
            return True
    return False


def role_words(role: str) -> set[str]:
    """The role words of a title, synonyms made one ('CEO of Brenmark' and 'Chief Executive': {'ceo'}) and
    a rank joined to the role after it ('Deputy Energy Minister': {'deputy minister'})."""
    for pattern, word in ROLE_SYNONYMS:
        role = pattern.sub(word, role)
    found: set[str] = set()
    rank = ""
    for word in (w.lower() for w in WORD.findall(role)):
        if word in RANKS:
            rank = word
        elif word in ROLE_NOUNS:
            found.add(f"{rank} {word}" if rank else word)
            rank = ""
    return found | ({rank} if rank else set())


def _has_role(phrase: str) -> bool:
    return any(w.lower() in ROLE_NOUNS for w in WORD.findall(phrase))
