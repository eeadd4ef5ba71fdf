"""The same utterance reported by several articles, grouped even when worded or translated differently.

Quotes are clustered greedily, in corpus order, against the first quote of each group (its leader).
Candidate groups come from an index of (speaker, content-word stem) to groups, so a quote is compared
only with the few groups that share its rarer words: the cost grows with the number of quotes, not
with its square. A quote joins a group when it shares enough content words with the leader; a quote
with no speaker may join a speaker's group only when it is closer still, and never makes one speaker's
words another's.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from generator.compare.model import QuoteGroup, QuoteWording, WordDiff
from generator.compare.text import content_stems, slug, unique_ids, words
from generator.model import Annotations, Article, KnowledgeBase, Quote

MIN_SHARED = 3
"""Content words a quote must share with a group's leader (short identical quotes excepted)."""
SAME_SPEAKER = 0.5
"""Share of the shorter quote's content words found in the other, for quotes by the same speaker."""
UNATTRIBUTED = 0.7
"""The same, for an unattributed quote joining an attributed group: stricter, since no speaker confirms it."""
MISATTRIBUTED = 0.8
"""Share of the shorter quote's content words that two speakers' quotes must share to be one utterance
given to two people: near the same words, not a theme two people both spoke of."""
MISATTRIBUTED_WORDS = 4
SAME_RUN = 4
GROUPS_PER_STEM = 50
"""A stem shared by more groups than this (of one speaker) says nothing about which group: skipped."""


_Index = dict[tuple[str | None, str], list[int]]
"""Clusters by (speaker, or '*' for any speaker, stem)."""


@dataclass
class _Cluster:
    leader: int
    speaker: str | None
    stems: frozenset[str]
    members: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class _Item:
    quote: Quote
    order: int
    stems: frozenset[str]


def compare_quotes(articles: tuple[Article, ...], annotations: dict[str, Annotations],
                   kb: KnowledgeBase | None = None) -> tuple[QuoteGroup, ...]:
    """Every utterance reported by two articles or more, the most widely reported first. With `kb`, the
    same words given to two people (or two organisations) are one group whose speakers differ."""
    items = [_Item(q, order, frozenset(content_stems(q.span.text)))
             for order, article in enumerate(articles) for q in annotations[article.id].quotes]
    items.sort(key=lambda i: (i.order, i.quote.span.paragraph, i.quote.span.start, i.quote.id))
    clusters = _cluster(items)
    if kb is not None:
        clusters = _across_speakers(clusters, items, {e.id: e.type for e in kb.entities})
    shared = [c for c in clusters if len({items[m].quote.span.article for m in c.members}) > 1]
    shared.sort(key=lambda c: (-len({items[m].quote.span.article for m in c.members}), min(c.members)))
    groups = [_group(c, items) for c in shared]
    ids = unique_ids(g.id for g in groups)
    return tuple(dataclasses.replace(g, id=i) for g, i in zip(groups, ids, strict=True))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller set's stems found in the other; 0 when too few are shared to be sure."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    smaller = min(len(a), len(b))
    if shared < MIN_SHARED and not (a == b and len(a) >= 2):
        return 0.0
    return shared / smaller


def _cluster(items: list[_Item]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    index: _Index = defaultdict(list)
    attributed = [i for i, item in enumerate(items) if item.quote.speaker]
    unattributed = [i for i, item in enumerate(items) if not item.quote.speaker]
    for position in attributed + unattributed:
        item = items[position]
        best = _best_cluster(item, clusters, index)
        if best is None:
            best = len(clusters)
            clusters.append(_Cluster(position, item.quote.speaker, item.stems))
            for stem in item.stems:
                index[(item.quote.speaker, stem)].append(best)
                index[("*", stem)].append(best)
        clusters[best].members.append(position)
    return clusters


def _best_cluster(item: _Item, clusters: list[_Cluster], index: _Index) -> int | None:
    speaker = item.quote.speaker
    threshold = SAME_SPEAKER
    candidates = _candidates(item, (speaker,), index)
    if speaker is None:
        own = _pick(item, candidates, clusters, SAME_SPEAKER)
        if own is not None:
            return own
        candidates, threshold = _candidates(item, ("*",), index), UNATTRIBUTED
    return _pick(item, candidates, clusters, threshold)


def _candidates(item: _Item, keys: tuple[str | None, ...], index: _Index) -> list[int]:
    found: Counter[int] = Counter()
    for key in keys:
        for stem in item.stems:
            posting = index.get((key, stem), [])
            if len(posting) <= GROUPS_PER_STEM:
                found.update(posting)
    return sorted(found)


def _pick(item: _Item, candidates: list[int], clusters: list[_Cluster], threshold: float) -> int | None:
    best: tuple[float, int] | None = None
    for number in candidates:
        score = similarity(item.stems, clusters[number].stems)
        if score >= threshold and (best is None or score > best[0]):
            best = (score, number)
    return best[1] if best else None


def _across_speakers(clusters: list[_Cluster], items: list[_Item], types: dict[str, str]) -> list[_Cluster]:
    """Join the groups of one utterance that articles give to different people: the same words under two
    speakers of one kind (two people, or two organisations: a spokeswoman and her ministry are not a
    disagreement) are a claim about who said it, which a reader must see side by side. The same words:
    MISATTRIBUTED of the shorter's content words (at least MISATTRIBUTED_WORDS of them), and a run of
    SAME_RUN words in the same order ('respect whatever the court decides' and 'I will respect the court,
    whatever it decides' are two people's words). The group reported by more articles keeps its speaker;
    the other's quotes join it. Candidates come from a stem index of the groups' leaders, as in `_cluster`."""
    index: dict[str, list[int]] = defaultdict(list)
    for number, cluster in enumerate(clusters):
        if cluster.speaker is not None:
            for stem in cluster.stems:
                index[stem].append(number)
    reach = {n: len({items[m].quote.span.article for m in c.members}) for n, c in enumerate(clusters)}
    absorbed: set[int] = set()
    for number, cluster in enumerate(clusters):
        if cluster.speaker is None or number in absorbed or len(cluster.stems) < MISATTRIBUTED_WORDS:
            continue
        found: Counter[int] = Counter()
        for stem in cluster.stems:
            posting = index[stem]
            if len(posting) <= GROUPS_PER_STEM:
                found.update(other for other in posting if other > number)
        for other in sorted(found):
            twin = clusters[other]
            if other in absorbed or twin.speaker in (None, cluster.speaker) \
                    or types.get(twin.speaker) != types.get(cluster.speaker, "") \
                    or len(cluster.stems & twin.stems) < MISATTRIBUTED_WORDS \
                    or similarity(cluster.stems, twin.stems) < MISATTRIBUTED \
                    or not _same_run(_text(items, cluster), _text(items, twin)):
                continue
            keep, drop = (number, other) if reach[number] >= reach[other] else (other, number)
            clusters[keep].members.extend(clusters[drop].members)
            absorbed.add(drop)
            if drop == number:
                break
    return [c for n, c in enumerate(clusters) if n not in absorbed]


def _text(items: list[_Item], cluster: _Cluster) -> str:
    return items[cluster.leader].quote.span.text


def _same_run(a: str, b: str) -> bool:
    """Whether two quotations share SAME_RUN words in a row (case and punctuation aside)."""
    left, right = [_fold(w) for w in a.split()], [_fold(w) for w in b.split()]
    matcher = difflib.SequenceMatcher(a=left, b=right, autojunk=False)
    return matcher.find_longest_match(0, len(left), 0, len(right)).size >= SAME_RUN


def _group(cluster: _Cluster, items: list[_Item]) -> QuoteGroup:
    members = sorted(cluster.members)
    quotes = [items[m].quote for m in members]
    reference = _reference(quotes)
    wordings = tuple(_wording(q, reference) for q in quotes)
    articles: list[str] = []
    for quote in quotes:
        if quote.span.article not in articles:
            articles.append(quote.span.article)
    return QuoteGroup(
        id=f"quote-{slug(reference.id, 80)}", speaker=cluster.speaker, quotes=tuple(q.id for q in quotes),
        articles=tuple(articles), reference=reference.id,
        identical=len({_normal(q.span.text) for q in quotes}) == 1, wordings=wordings,
        speakers_differ=len({q.speaker for q in quotes if q.speaker is not None}) > 1)


def _reference(quotes: list[Quote]) -> Quote:
    """The most common wording; among equals, the earliest quote."""
    counts = Counter(_normal(q.span.text) for q in quotes)
    top = max(counts.values())
    return next(q for q in quotes if counts[_normal(q.span.text)] == top)


def _normal(text: str) -> str:
    return " ".join(words(text))


def _wording(quote: Quote, reference: Quote) -> QuoteWording:
    if quote.id == reference.id:
        diff: tuple[WordDiff, ...] = ()
        score = 1.0
    else:
        diff, score = word_diff(reference.span.text, quote.span.text)
    return QuoteWording(quote=quote.id, article=quote.span.article, paragraph=quote.span.paragraph,
                        text=quote.span.text, speaker=quote.speaker, similarity=round(score, 3), diff=diff)


def word_diff(reference: str, text: str) -> tuple[tuple[WordDiff, ...], float]:
    """`text` word by word against `reference`: runs of kept, added and left-out words (as written, with
    their punctuation), and the share of the reference's words kept. Case, punctuation and apostrophe
    style do not count as differences."""
    ref_words, new_words = reference.split(), text.split()
    matcher = difflib.SequenceMatcher(a=[_fold(w) for w in ref_words], b=[_fold(w) for w in new_words],
                                      autojunk=False)
    runs: list[WordDiff] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            runs.append(WordDiff("same", " ".join(new_words[j1:j2])))
            continue
        if i2 > i1:
            runs.append(WordDiff("removed", " ".join(ref_words[i1:i2])))
        if j2 > j1:
            runs.append(WordDiff("added", " ".join(new_words[j1:j2])))
    kept = sum(block.size for block in matcher.get_matching_blocks())
    return tuple(runs), (kept / len(ref_words) if ref_words else 0.0)


@lru_cache(maxsize=1 << 16)  # a story's quotes share most of their words, and every diff folds them all
def _fold(word: str) -> str:
    """A word as compared: lower case, without the punctuation around or inside it."""
    return " ".join(words(word))
