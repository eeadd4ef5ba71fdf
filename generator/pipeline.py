"""The pipeline, stage by stage: read → prepare (metadata, clean) → annotate → compare → render → write.

Gather, then write: every article is read and annotated and the corpus compared before any page
is rendered, because every article page shows what the others say.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.annotate import annotate
from generator.compare import compare
from generator.compare.model import Comparisons
from generator.model import Annotations, Diagnostic, RenderedSite, Story
from generator.parallel import map_in_order
from generator.prepare import prepare_story
from generator.read import input_key, read_story
from generator.render import render
from generator.write import BuildRecord, WriteReport, previous_build, write_site

STAGES = ("read", "prepare", "annotate", "compare", "render", "write")


@dataclass(frozen=True)
class Analysis:
    """Everything known about a story before anything is rendered."""

    seeds_dir: str
    story: Story
    annotations: dict[str, Annotations]
    comparisons: Comparisons
    diagnostics: tuple[Diagnostic, ...]
    folder_exists: bool = True

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == "error")


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


def analyse(seeds_dir: Path) -> Analysis:
    """Read, prepare, annotate and compare a story folder."""
    with _collector_skips_what_stages_keep():
        found = read_story(seeds_dir)
        story, problems = prepare_story(found)
        gc.freeze()
        annotations = annotate_story(story)
        gc.freeze()
        comparisons = compare(story.articles, annotations, story.knowledge)
    notes = tuple(d for a in annotations.values() for d in a.diagnostics)
    return Analysis(found.seeds_dir, story, annotations, comparisons, problems + notes, found.folder_exists)


def annotate_story(story: Story) -> dict[str, Annotations]:
    """Stage 3 for every article of the story, on every core there is (generator/parallel.py)."""
    kb = story.knowledge
    notes = map_in_order(lambda article: annotate(article, kb), story.articles)
    return {article.id: found for article, found in zip(story.articles, notes, strict=True)}


def render_analysis(analysis: Analysis, site_url: str = "") -> RenderedSite:
    return render(analysis.story, analysis.annotations, analysis.comparisons, analysis.seeds_dir, site_url)


def build(seeds_dir: Path, docs_dir: Path, site_url: str = "") -> BuildResult:
    """The whole pipeline: the generated pages in `docs_dir`, and every problem found on the way.

    Skipped when the inputs (every story file, the generator's code) are those of the build that wrote
    `docs_dir` and its files are untouched: the output would be the same bytes, and `mkdocs serve`
    rebuilds on every save of a hand-written page."""
    key = input_key(seeds_dir, site_url)
    previous = previous_build(docs_dir, key)
    if previous is not None:
        record, files = previous
        return BuildResult(record.articles, record.diagnostics, WriteReport((), (), files), skipped=True)
    analysis = analyse(seeds_dir)
    if not analysis.folder_exists:
        # A mistyped SEEDS_DIR is no story without articles: the pages of the last build stay as they are.
        return BuildResult(0, analysis.diagnostics, WriteReport((), (), 0))
    record = BuildRecord(key, len(analysis.story.articles), analysis.diagnostics)
    report = write_site(render_analysis(analysis, site_url), docs_dir, record)
    return BuildResult(record.articles, analysis.diagnostics, report)
