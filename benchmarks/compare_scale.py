"""How the comparison stage's time grows with the number of articles.

    python benchmarks/compare_scale.py            # N = 250, 500, 1000, 2000
    python benchmarks/compare_scale.py 500 1000   # other sizes

Makes N synthetic articles with their annotations in memory (seeded: the same corpus on every run), in
the proportions of a real story: a shared vocabulary, a tenth of the articles reprinting another with a
few words changed, a few hundred speakers quoted with varying wordings, casualty figures and dated events
that mostly agree, entity mentions with the odd spelling variant, framing terms. Prints a Markdown table
of `compare()`'s time (the median of three runs) and the ratio to the previous size: about 2 for each
doubling means the cost grows linearly. A benchmark, not a test: nothing is asserted.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.compare import compare  # noqa: E402
from generator.model import (  # noqa: E402
    Annotations,
    Article,
    ArticleMeta,
    CleanText,
    DateMention,
    Entity,
    Figure,
    FramingGroup,
    FramingTerm,
    KnowledgeBase,
    Mention,
    Paragraph,
    Quote,
    SeedFile,
    Span,
    TermUse,
)

SIZES = (250, 500, 1000, 2000)
RUNS = 3
SEED = 20230126
START = dt.date(2023, 1, 26)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SUBJECTS = ("soldiers", "civilians", "workers", "residents", "police officers", "militants", "children")
COUNTS = (("were killed", "killed"), ("were injured", "injured"), ("were arrested", "arrested"))
EVENTS = ("raid", "explosion", "protest", "meeting", "announcement")
TERMS = {"dead": ("terrorists", "militants", "gunmen"), "place": ("West Bank", "Judea and Samaria"),
         "act": ("raid", "operation", "massacre")}


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "do", "gu", "ri", "te", "ba"]
    words = {"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(size * 2)}
    return sorted(words)[:size]


class Corpus:
    """Synthetic articles built sentence by sentence, each annotation pointing at its own words."""

    def __init__(self, n: int, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.words = vocabulary(self.rng)
        self.weights = [1 / (rank + 1) for rank in range(len(self.words))]  # Zipf: a few words are everywhere
        self.entities = tuple(Entity(f"person-{i}", f"Name{i} Surname{i}", "person", "synthetic")
                              for i in range(300))
        self.utterances = [self.filler(12) for _ in range(max(n // 2, 50))]
        self.kb = KnowledgeBase(self.entities, tuple(
            FramingGroup(g, g, tuple(FramingTerm(t, (t,)) for t in terms)) for g, terms in TERMS.items()))
        self.articles: list[Article] = []
        self.annotations: dict[str, Annotations] = {}
        for number in range(n):
            self.add(number)

    def filler(self, length: int) -> str:
        return " ".join(self.rng.choices(self.words, self.weights, k=length))

    def add(self, number: int) -> None:
        article_id = f"outlet{number % 97}-{number:05d}"
        if self.articles and self.rng.random() < 0.1:
            original = self.rng.choice(self.articles)
            paragraphs = [self.edited(p.text) for p in original.text.paragraphs]
            annotations = Annotations(article_id)
        else:
            builder = _Builder(self, article_id)
            for _ in range(self.rng.randint(8, 14)):
                builder.paragraph()
            paragraphs, annotations = builder.paragraphs, builder.build()
        published = START + dt.timedelta(days=self.rng.randint(0, 10))
        self.articles.append(article(article_id, paragraphs, published))
        self.annotations[article_id] = annotations

    def edited(self, text: str) -> str:
        words = text.split()
        for _ in range(max(1, len(words) // 25)):
            words[self.rng.randrange(len(words))] = self.rng.choice(self.words)
        return " ".join(words)


class _Builder:
    """One article's paragraphs and annotations."""

    def __init__(self, corpus: Corpus, article_id: str) -> None:
        self.corpus, self.rng, self.id = corpus, corpus.rng, article_id
        self.paragraphs: list[str] = []
        self.parts: list[object] = []

    def paragraph(self) -> None:
        pieces = [self.corpus.filler(self.rng.randint(20, 50)) + "."]
        kind = self.rng.choice(("figure", "quote", "date", "mention", "term", "plain"))
        text = " ".join(pieces)
        sentence, annotate = getattr(self, f"_{kind}")()
        start = len(text) + 1
        self.paragraphs.append(f"{text} {sentence} {self.corpus.filler(10)}.")
        annotate(len(self.paragraphs) - 1, start)

    def _figure(self) -> tuple[str, object]:
        phrase, counts = self.rng.choice(COUNTS)
        subject, event = self.rng.choice(SUBJECTS[:3]), self.rng.choice(EVENTS[:3])
        value = self.rng.choice((9, 9, 9, 10, 12, 20))
        figure = f"{value} {subject} {phrase}"

        def annotate(paragraph: int, start: int) -> None:
            span = Span(self.id, paragraph, start, start + len(figure), figure)
            self.parts.append(Figure(f"{self.id}-f{len(self.parts)}", span, value, "exact", counts, subject))
        return f"{figure} in the {event}.", annotate

    def _quote(self) -> tuple[str, object]:
        words = self.rng.choice(self.corpus.utterances[: len(self.corpus.utterances) // 4 + 5]).split()
        if self.rng.random() < 0.5:
            words[self.rng.randrange(len(words))] = self.rng.choice(self.corpus.words)
        said, speaker = " ".join(words), self.rng.choice(self.corpus.entities[:200])

        def annotate(paragraph: int, start: int) -> None:
            span = Span(self.id, paragraph, start + 1, start + 1 + len(said), said)
            self.parts.append(Quote(f"{self.id}-q{len(self.parts)}", span, speaker.id, "synthetic"))
        return f"“{said},” {speaker.name} said.", annotate

    def _date(self) -> tuple[str, object]:
        offset, event = self.rng.choice((0, 0, 0, 1)), self.rng.choice(("announced", "met", "reported"))
        day = START + dt.timedelta(days=offset)
        weekday = WEEKDAYS[day.weekday()]

        def annotate(paragraph: int, start: int) -> None:
            at = start + len("Officials ") + len(event) + len(" on ")
            span = Span(self.id, paragraph, at, at + len(weekday), weekday)
            self.parts.append(DateMention(span, day, "synthetic", True))
        return f"Officials {event} on {weekday} the decision.", annotate

    def _mention(self) -> tuple[str, object]:
        entity = self.rng.choice(self.corpus.entities)
        name = entity.name if self.rng.random() < 0.9 else entity.name.replace("Surname", "Surnane")

        def annotate(paragraph: int, start: int) -> None:
            span = Span(self.id, paragraph, start, start + len(name), name)
            self.parts.append(Mention(span, entity.id, name != entity.name))
        return f"{name} spoke to reporters.", annotate

    def _term(self) -> tuple[str, object]:
        group = self.rng.choice(sorted(TERMS))
        term = self.rng.choice(TERMS[group])

        def annotate(paragraph: int, start: int) -> None:
            self.parts.append(TermUse(Span(self.id, paragraph, start, start + len(term), term), group, term))
        return f"{term} again.", annotate

    def _plain(self) -> tuple[str, object]:
        return self.corpus.filler(8) + ".", lambda paragraph, start: None

    def build(self) -> Annotations:
        def of(kind: type) -> tuple:  # type: ignore[type-arg]
            return tuple(p for p in self.parts if isinstance(p, kind))
        return Annotations(self.id, of(Mention), of(Quote), of(Figure), of(DateMention), of(TermUse))


def article(article_id: str, paragraphs: list[str], published: dt.date) -> Article:
    seed = SeedFile(article_id, f"seeds/{article_id}.txt", f"{article_id}.txt", b"", None,
                    f"seeds/{article_id}.yml", None, f"seeds/{article_id}.note.md")
    meta = ArticleMeta(article_id.split("-")[0], article_id, None, None, published, None, "en")
    text = CleanText(tuple(Paragraph(p, i + 1) for i, p in enumerate(paragraphs)), ())
    return Article(article_id, seed, meta, text)


def timed(corpus: Corpus) -> float:
    articles = tuple(sorted(corpus.articles, key=lambda a: (a.meta.published, a.id)))
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        compare(articles, corpus.annotations, corpus.kb)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(sizes: tuple[int, ...]) -> None:
    print(f"compare() on synthetic corpora (median of {RUNS} runs, seed {SEED})\n")
    print("| Articles | Annotations | Seconds | Ratio to previous size |")
    print("| ---: | ---: | ---: | ---: |")
    previous: float | None = None
    for size in sizes:
        corpus = Corpus(size)
        count = sum(len(a.mentions) + len(a.quotes) + len(a.figures) + len(a.dates) + len(a.terms)
                    for a in corpus.annotations.values())
        seconds = timed(corpus)
        ratio = f"{seconds / previous:.2f}" if previous else "—"
        print(f"| {size} | {count} | {seconds:.3f} | {ratio} |", flush=True)
        previous = seconds


if __name__ == "__main__":
    main(tuple(int(a) for a in sys.argv[1:]) or SIZES)
