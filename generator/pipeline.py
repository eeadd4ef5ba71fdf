"""The pipeline, stage by stage: read → prepare (metadata, clean) → annotate → compare → render → write.

Gather, then write: every article is read and annotated and the corpus compared before any page
is rendered, because every article page shows what the others say.
"""

from __future__ import annotations

import gc
import hashlib
import io
import pickle
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from generator.annotate import annotate
from generator.compare import compare
from generator.compare.model import Comparisons
from generator.compare.reuse import compare_reuse
from generator.model import Annotations, Article, Diagnostic, RenderedSite, Story
from generator.parallel import chunks_of, run_all
from generator.prepare import prepare_story
from generator.read import input_key, read_annotation_cache, read_story
from generator.render import render
from generator.write import BuildRecord, WriteReport, previous_build, write_annotation_cache, write_site

STAGES = ("read", "prepare", "annotate", "compare", "render", "write")
ANNOTATIONS_PER_TASK = 50
"""Articles a worker annotates before it takes its next task: small enough that the cores finish together."""
ANNOTATION_CACHE = Path(".cache") / "generator" / "annotations.pickle"
"""Beside the docs folder (in the project, not in docs/, which MkDocs would publish and `mkdocs serve`
watches): each article's annotations, so that a build after an edit annotates only what changed."""


@dataclass(frozen=True)
class Analysis:
    """Everything known about a story before anything is rendered."""

    seeds_dir: str
    story: Story
    annotations: dict[str, Annotations]
    comparisons: Comparisons
    diagnostics: tuple[Diagnostic, ...]
    folder_exists: bool = True
    annotation_keys: dict[str, str] = field(default_factory=dict)
    """Article id -> the key its annotations are cached under (see `annotation_keys`)."""

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == "error")

    def annotation_cache(self) -> dict[str, Annotations]:
        """This story's annotations by cache key: what the next build may reuse (nothing else is kept)."""
        return {self.annotation_keys[article]: found for article, found in sorted(self.annotations.items())
                if article in self.annotation_keys}


@dataclass(frozen=True)
class BuildResult:
    articles: int
    diagnostics: tuple[Diagnostic, ...]
    """What the analysis found (the same as a fresh analysis would find, when the build was skipped)."""
    report: WriteReport
    skipped: bool = False
    """True when the docs folder already held this build's output, so nothing was analysed."""

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == "error") + self.report.refused


@contextmanager
def _collector_skips_what_stages_keep() -> Iterator[None]:
    """Inside, `gc.freeze()` after a stage moves what it made out of the cyclic garbage collector's sight:
    those objects live until the build ends, and every full collection walked all of them again (on a
    story of 2,000 articles, a tenth of the analysis time, and growing faster than the story). Afterwards
    they are handed back, so that a long `mkdocs serve` frees each build's objects."""
    try:
        yield
    finally:
        gc.unfreeze()


def analyse(seeds_dir: Path, cache: Mapping[str, Annotations] | None = None) -> Analysis:
    """Read, prepare, annotate and compare a story folder; `cache` holds annotations of an earlier build
    by key (`annotation_keys`), taken instead of annotating those articles again."""
    with _collector_skips_what_stages_keep():
        found = read_story(seeds_dir)
        story, problems = prepare_story(found)
        gc.freeze()
        keys = annotation_keys(story)
        known = {article: cache[key] for article, key in keys.items()
                 if cache and isinstance(cache.get(key), Annotations)}
        annotations, (reuse,) = annotate_beside(story, known, [lambda: compare_reuse(story.articles)])
        gc.freeze()
        comparisons = compare(story.articles, annotations, story.knowledge, reuse)
    notes = tuple(d for a in annotations.values() for d in a.diagnostics)
    return Analysis(found.seeds_dir, story, annotations, comparisons, problems + notes, found.folder_exists,
                    keys)


def annotate_story(story: Story, known: Mapping[str, Annotations] | None = None) -> dict[str, Annotations]:
    """Stage 3 for every article of the story but those `known` holds (by article id), on every core."""
    return annotate_beside(story, known or {}, [])[0]


def annotate_beside(story: Story, known: Mapping[str, Annotations], others: Sequence[Callable[[], Any]]
                    ) -> tuple[dict[str, Annotations], list[Any]]:
    """Stage 3 (as `annotate_story`), in pieces handed out with `others`, tasks that need no annotation,
    each to the next free core (generator/parallel.py); their results follow the annotations. The
    pipeline gives text reuse, which reads only the texts and is the costliest comparison: one core finds
    it while the other annotates, then helps."""
    kb = story.knowledge
    todo = [article for article in story.articles if article.id not in known]
    pieces = [lambda piece=piece: [annotate(article, kb) for article in piece]
              for piece in chunks_of(todo, ANNOTATIONS_PER_TASK)]
    # Whether to fork depends on the articles left to annotate: after an edit there is one, and the other
    # tasks run here, where they may share their own work between processes (text reuse does).
    results = run_all([*others, *pieces], len(todo))
    done = chain.from_iterable(results[len(others):])
    fresh = {article.id: found for article, found in zip(todo, done, strict=True)}
    annotations = {article.id: known[article.id] if article.id in known else fresh[article.id]
                   for article in story.articles}
    return annotations, results[:len(others)]


def annotation_keys(story: Story) -> dict[str, str]:
    """Article id -> a digest of all that its annotations depend on: the article as prepared (text,
    metadata, file names) and the knowledge base. (The generator's code is in the cache file's header.)
    Equal keys mean equal annotations, so an edit to one seed re-annotates that article alone, and an
    edit to the knowledge base re-annotates them all."""
    knowledge = hashlib.sha256(_value_bytes(story.knowledge)).digest()
    return {article.id: _article_key(article, knowledge) for article in story.articles}


def _article_key(article: Article, knowledge: bytes) -> str:
    hasher = hashlib.sha256(knowledge)
    hasher.update(_value_bytes(article))
    return hasher.hexdigest()


def _value_bytes(value: object) -> bytes:
    """`value` pickled with no memo: the same bytes for equal values. A plain pickle writes a string met
    twice as a reference to the first, so the bytes also depended on which equal strings were the same
    object: on whether the article was prepared here or in a worker, or by a process whose caches were
    warm (a rebuild under `mkdocs serve`), and such keys missed the cache for much of the story."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo; the values are trees of frozen dataclasses, never cyclic
    pickler.dump(value)
    return buffer.getvalue()


def render_analysis(analysis: Analysis, site_url: str = "") -> RenderedSite:
    return render(analysis.story, analysis.annotations, analysis.comparisons, analysis.seeds_dir, site_url)


def build(seeds_dir: Path, docs_dir: Path, site_url: str = "") -> BuildResult:
    """The whole pipeline: the generated pages in `docs_dir`, and every problem found on the way.

    Skipped when the inputs (every story file, the generator's code) are those of the build that wrote
    `docs_dir` and its files are untouched: the output would be the same bytes, and `mkdocs serve`
    rebuilds on every save of a hand-written page. Otherwise the articles whose annotations the last
    build kept (ANNOTATION_CACHE, beside `docs_dir`) are not annotated again."""
    key = input_key(seeds_dir, site_url)
    previous = previous_build(docs_dir, key)
    if previous is not None:
        record, files = previous
        return BuildResult(record.articles, record.diagnostics, WriteReport((), (), files), skipped=True)
    cache_file = docs_dir.parent / ANNOTATION_CACHE
    analysis = analyse(seeds_dir, read_annotation_cache(cache_file))
    if not analysis.folder_exists:
        # A mistyped SEEDS_DIR is no story without articles: the pages of the last build stay as they are.
        return BuildResult(0, analysis.diagnostics, WriteReport((), (), 0))
    record = BuildRecord(key, len(analysis.story.articles), analysis.diagnostics)
    with _collector_skips_what_stages_keep():
        gc.freeze()  # the analysis lives until the build ends: rendering need not walk it again
        rendered = render_analysis(analysis, site_url)
    report = write_site(rendered, docs_dir, record)
    write_annotation_cache(cache_file, analysis.annotation_cache())
    return BuildResult(record.articles, analysis.diagnostics, report)
