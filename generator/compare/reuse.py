"""Text reuse: passages two articles share verbatim or nearly (syndication, wire copy, press releases).

Each article is cut into overlapping runs of SHINGLE words; an inverted index maps each run to the
articles containing it, and only articles that share a run are ever compared. Each article keeps its
MAX_PARTNERS closest partners (those sharing the most runs), and passages are worked out only for the
pairs some article keeps: a wire story reprinted by hundreds of outlets would otherwise make every reprint
a partner of every other, and the pairs (and the data the site publishes about them) would grow with the
square of the story.

A run held by more than WIDELY_SHARED articles (a common phrase, or a passage carried everywhere) links
each article that holds it to the earliest WIDELY_SHARED holders only: those are the likely sources, and
linking every holder to every other would cost the square of the run's frequency. So the cost grows about
linearly with the number of articles, and no passage is ignored however widely it was carried.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from itertools import chain

from generator.compare.model import ReusePair, ReusePassage
from generator.compare.text import WORD
from generator.model import Article
from generator.parallel import map_in_order

SHINGLE = 5
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
WIDELY_SHARED = 2 * MAX_PARTNERS
"""Holders of a run beyond which each holder is linked to the earliest ones only (see above)."""
_BITS = 24
_KEY_MASK = (1 << (_BITS * SHINGLE)) - 1


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


def compare_reuse(articles: tuple[Article, ...]) -> tuple[ReusePair, ...]:
    """Every pair of articles sharing passages, the highest score first. `articles` in corpus order
    (publication date, then id): "earliest" holders are the first in it."""
    vocabulary = Vocabulary()
    tokens = [Tokens(article, vocabulary) for article in articles]
    # The passages of each pair, on every core when this runs outside a worker (after an edit: see
    # pipeline.annotate_beside); the workers inherit the tokens.
    pairs = map_in_order(lambda pair: _pair(tokens[pair[0]], tokens[pair[1]]), _closest_pairs(tokens))
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
    """The run of SHINGLE words starting at each position, as one exact number (the words side by side):
    each word shifts the last key left and drops its first word."""
    keys: list[int] = []
    key = 0
    for position, word in enumerate(words):
        key = ((key << _BITS) | word) & _KEY_MASK
        if position >= SHINGLE - 1:
            keys.append(key)
    return keys


def _closest_pairs(tokens: list[Tokens]) -> list[tuple[int, int]]:
    """The pairs (by position in `tokens`, lower first) that one of the two articles counts among its
    MAX_PARTNERS closest: sharing at least MIN_SHARED runs, the most first, ties broken by article id so
    that the choice is reproducible."""
    holders = _holders(tokens)
    id_rank = {number: rank for rank, number in enumerate(sorted(range(len(tokens)),
                                                                 key=lambda n: tokens[n].article))}
    kept: set[tuple[int, int]] = set()
    for number, article in enumerate(tokens):
        shared = _shared_runs(number, article, holders)
        candidates = [(-count, id_rank[other], other)
                      for other, count in shared.items() if count >= MIN_SHARED]
        closest = heapq.nsmallest(MAX_PARTNERS, candidates)
        kept.update((min(number, other), max(number, other)) for _, _, other in closest)
    return sorted(kept)


def _holders(tokens: list[Tokens]) -> dict[int, list[int]]:
    """Each run held by two articles or more -> the positions of those articles, in corpus order."""
    postings: dict[int, list[int]] = defaultdict(list)
    for number, article in enumerate(tokens):
        for key in article.distinct:
            postings[key].append(number)
    return {key: found for key, found in postings.items() if len(found) > 1}


def _shared_runs(number: int, article: Tokens, holders: dict[int, list[int]]) -> Counter[int]:
    """How many runs of `article` each other article shares with it, as counted for choosing partners: a
    widely shared run counts towards its earliest WIDELY_SHARED holders only (a later holder still counts
    the earlier ones, and so keeps them as partners). Each run costs at most WIDELY_SHARED, and partners are
    counted per article from the index, so no table of all pairs is ever held."""
    shared = Counter(chain.from_iterable(holders[key][:WIDELY_SHARED] for key in article.distinct
                                         if key in holders))
    del shared[number]
    return shared


def _pair(a: Tokens, b: Tokens) -> ReusePair:
    if b.article < a.article:
        a, b = b, a
    common = a.distinct & b.distinct
    shared = len(common)
    smaller = max(min(len(a.distinct), len(b.distinct)), 1)
    ranges = [found for found in _merged(_runs(a, b, common)) if found[1] - found[0] >= MIN_PASSAGE_WORDS]
    passages = [_passage(a, b, found) for found in ranges]
    passages.sort(key=lambda p: (-p.words, p.a_paragraphs, p.b_paragraphs, p.a_text))
    return ReusePair(a=a.article, b=b.article, score=round(min(shared / smaller, 1.0), 3), shared=shared,
                     passages=tuple(passages[:MAX_PASSAGES]))


def _runs(a: Tokens, b: Tokens, common: set[int]) -> list[list[int]]:
    """Maximal stretches where consecutive runs of `a` are consecutive runs of `b` (`common`: the runs
    both hold), as [start in a, start in b, length in words]: lists, not objects, because a large story
    makes millions of them."""
    starts_a, starts_b = a.starts(), b.starts()
    at_a = sorted((start, key) for key in common for start in starts_a[key])
    found: list[list[int]] = []
    for start, key in at_a:
        if found:
            last = found[-1]
            step = last[2] - SHINGLE + 1
            if start == last[0] + step and last[1] + step in starts_b[key]:
                last[2] += 1
                continue
        found.append([start, starts_b[key][0], SHINGLE])
    return found


def _merged(runs: list[list[int]]) -> list[tuple[int, int, int, int]]:
    """Runs close together in both texts, as (a from, a to, b from, b to) word ranges."""
    merged: list[list[int]] = []
    for a_from, b_from, length in runs:
        a_to, b_to = a_from + length, b_from + length
        if merged and -SHINGLE <= a_from - merged[-1][1] <= GAP and -SHINGLE <= b_from - merged[-1][3] <= GAP:
            merged[-1][1], merged[-1][3] = max(merged[-1][1], a_to), max(merged[-1][3], b_to)
        else:
            merged.append([a_from, a_to, b_from, b_to])
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
