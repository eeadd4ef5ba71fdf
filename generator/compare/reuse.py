"""Text reuse: passages two articles share verbatim or nearly (syndication, wire copy, press releases).

Each article is cut into overlapping runs of SHINGLE words; an inverted index maps each run to the
articles containing it, and only articles that share a run are ever compared. A run found in more than
ARTICLES_PER_SHINGLE articles is skipped: it is boilerplate or a phrase everyone uses, and counting it
would cost the square of its frequency. Each article then keeps its MAX_PARTNERS closest partners (those
sharing the most runs), and passages are worked out only for the pairs some article keeps: a wire story
reprinted by hundreds of outlets would otherwise make every reprint a partner of every other, and the
pairs (and the data the site publishes about them) would grow with the square of the story. The cost so
grows about linearly with the number of articles.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from generator.compare.model import ReusePair, ReusePassage
from generator.compare.text import WORD
from generator.model import Article

SHINGLE = 5
ARTICLES_PER_SHINGLE = 100
MIN_SHARED = 5
"""Distinct shared runs for a pair to be reported: about a nine-word passage."""
GAP = 6
"""Runs closer than this many words in both texts form one passage: a word changed here and there."""
MIN_PASSAGE_WORDS = 8
MAX_PASSAGES = 20
MAX_PARTNERS = 12
"""Closest partners kept per article (a pair is kept when either article keeps the other): more than the
sidebar shows (MAX_REUSE there), so that a reader following the story page still finds each reprint's
nearest copies."""
_BITS = 24


class Tokens:
    """An article's words as numbers from a corpus-wide vocabulary (cheap to hash, exact to compare), and
    its runs of SHINGLE words as one number each. Where the words are (needed only for the pairs that are
    reported) is worked out on demand."""

    def __init__(self, article: Article, vocabulary: Vocabulary) -> None:
        self.article = article.id
        self.texts = tuple(p.text for p in article.text.paragraphs)
        found = [WORD.findall(text) for text in self.texts]
        self.words = [vocabulary[w] for words in found for w in words]
        self.paragraphs = [index for index, words in enumerate(found) for _ in words]
        self.keys = shingle_keys(self.words)
        self.distinct = set(self.keys)
        self._spans: list[tuple[int, int]] | None = None
        self._starts: dict[int, list[int]] | None = None

    def spans(self) -> list[tuple[int, int]]:
        """Each word's start and end in its paragraph."""
        if self._spans is None:
            self._spans = [m.span() for text in self.texts for m in WORD.finditer(text)]
        return self._spans

    def starts(self) -> dict[int, list[int]]:
        """Where each run starts."""
        if self._starts is None:
            self._starts = defaultdict(list)
            for position, key in enumerate(self.keys):
                self._starts[key].append(position)
        return self._starts


@dataclass(frozen=True)
class _Run:
    a: int
    b: int
    length: int
    """In words."""


def compare_reuse(articles: tuple[Article, ...]) -> tuple[ReusePair, ...]:
    """Every pair of articles sharing passages, the highest score first."""
    vocabulary = Vocabulary()
    tokens = [Tokens(article, vocabulary) for article in articles]
    counts = _closest(_pair_counts(tokens), tokens)
    pairs = [_pair(tokens[i], tokens[j], shared) for (i, j), shared in counts.items()]
    return tuple(sorted(pairs, key=lambda p: (-p.score, p.a, p.b)))


class Vocabulary(dict[str, int]):
    """Word as written -> number of the word normalised (lower case, straight apostrophe)."""

    def __init__(self) -> None:
        super().__init__()
        self.numbers: dict[str, int] = {}

    def __missing__(self, written: str) -> int:
        word = written.lower().replace("’", "'")
        number = self.numbers.setdefault(word, len(self.numbers))
        if number >> _BITS:
            raise OverflowError(f"more than {1 << _BITS} distinct words: raise _BITS")
        self[written] = number
        return number


def shingle_keys(words: list[int]) -> list[int]:
    """The run of SHINGLE words starting at each position, as one exact number (the words side by side)."""
    shifted = [words[i:] for i in range(SHINGLE)]
    keys = []
    for run in zip(*shifted, strict=False):
        key = 0
        for word in run:
            key = (key << _BITS) | word
        keys.append(key)
    return keys


def _pair_counts(tokens: list[Tokens]) -> Counter[tuple[int, int]]:
    postings: dict[int, list[int]] = defaultdict(list)
    for number, article in enumerate(tokens):
        for key in article.distinct:
            postings[key].append(number)
    counts: Counter[tuple[int, int]] = Counter()
    for holders in postings.values():
        if 2 <= len(holders) <= ARTICLES_PER_SHINGLE:
            counts.update((a, b) for i, a in enumerate(holders) for b in holders[i + 1:])
    return counts


def _closest(counts: Counter[tuple[int, int]], tokens: list[Tokens]) -> dict[tuple[int, int], int]:
    """The pairs sharing at least MIN_SHARED runs that one of the two articles counts among its
    MAX_PARTNERS closest (most runs shared; ties broken by article id, so the choice is reproducible)."""
    partners: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for (a, b), shared in counts.items():
        if shared >= MIN_SHARED:
            partners[a].append((shared, b))
            partners[b].append((shared, a))
    kept: dict[tuple[int, int], int] = {}
    for article, found in partners.items():
        found.sort(key=lambda pair: (-pair[0], tokens[pair[1]].article))
        for shared, other in found[:MAX_PARTNERS]:
            kept[(min(article, other), max(article, other))] = shared
    return kept


def _pair(a: Tokens, b: Tokens, shared: int) -> ReusePair:
    if b.article < a.article:
        a, b = b, a
    smaller = max(min(len(a.distinct), len(b.distinct)), 1)
    passages = [_passage(a, b, run) for run in _merged(_runs(a, b))]
    passages = [p for p in passages if p.words >= MIN_PASSAGE_WORDS]
    passages.sort(key=lambda p: (-p.words, p.a_paragraphs, p.b_paragraphs, p.a_text))
    return ReusePair(a=a.article, b=b.article, score=round(min(shared / smaller, 1.0), 3), shared=shared,
                     passages=tuple(passages[:MAX_PASSAGES]))


def _runs(a: Tokens, b: Tokens) -> list[_Run]:
    """Maximal stretches where consecutive runs of `a` are consecutive runs of `b`."""
    starts_a, starts_b = a.starts(), b.starts()
    at_a = sorted((start, key) for key in a.distinct & b.distinct for start in starts_a[key])
    found: list[_Run] = []
    for start, key in at_a:
        last = found[-1] if found else None
        step = last.length - SHINGLE + 1 if last else 0
        if last and start == last.a + step and last.b + step in starts_b[key]:
            found[-1] = _Run(last.a, last.b, last.length + 1)
        else:
            found.append(_Run(start, starts_b[key][0], SHINGLE))
    return found


def _merged(runs: list[_Run]) -> list[tuple[int, int, int, int]]:
    """Runs close together in both texts, as (a from, a to, b from, b to) word ranges."""
    merged: list[list[int]] = []
    for run in runs:
        a_to, b_to = run.a + run.length, run.b + run.length
        if merged and -SHINGLE <= run.a - merged[-1][1] <= GAP and -SHINGLE <= run.b - merged[-1][3] <= GAP:
            merged[-1][1], merged[-1][3] = max(merged[-1][1], a_to), max(merged[-1][3], b_to)
        else:
            merged.append([run.a, a_to, run.b, b_to])
    return [(m[0], m[1], m[2], m[3]) for m in merged]


def _passage(a: Tokens, b: Tokens, ranges: tuple[int, int, int, int]) -> ReusePassage:
    a_from, a_to, b_from, b_to = ranges
    a_text, a_paragraphs = _text(a, a_from, a_to)
    b_text, b_paragraphs = _text(b, b_from, b_to)
    return ReusePassage(words=a_to - a_from, a_text=a_text, a_paragraphs=a_paragraphs, b_text=b_text,
                        b_paragraphs=b_paragraphs)


def _text(tokens: Tokens, start: int, end: int) -> tuple[str, tuple[int, ...]]:
    """The original text of words `start`..`end`, a line per paragraph, and those paragraphs' indexes.
    A paragraph the passage runs on from, or into, is taken to its end, or from its start."""
    spans = tokens.spans()
    order = sorted(set(tokens.paragraphs[start:end]))
    lines = []
    for number, paragraph in enumerate(order):
        text = tokens.texts[paragraph]
        low = spans[start][0] if number == 0 else 0
        high = spans[end - 1][1] if number == len(order) - 1 else len(text)
        lines.append(text[low:high])
    return "\n".join(lines), tuple(order)
