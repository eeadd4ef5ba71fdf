"""How the time grows with the length of one pathological paragraph (a pasted table of counts, a run of
name particles, a sentence of many quotations…), and with the number of paragraphs of one article:
`python benchmarks/paragraphs.py`.

Prints, for each case of tests/test_annotate_speed.py (annotation only), and for an article of many short
annotated paragraphs (the whole pipeline but writing: a page of 20,000 paragraphs took 25 s when each
paragraph looked through all the article's annotations), the best-of-3 CPU time at one size and at four
times that size, and their ratio: about 4 for linear work, 16 for quadratic. Not a test: nothing is asserted.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_annotate_speed import HOSTILE, _one_paragraph  # noqa: E402

from generator.pipeline import analyse, render_analysis  # noqa: E402

MANY_PARAGRAPHS = 5_000
PARAGRAPH = "On Monday {n} people marched in Ramallah, the Palestinian Authority said."


def best_seconds(work: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def story_of_one_article(folder: Path, paragraphs: int) -> Path:
    """A story folder (the seeds' story and knowledge files) holding one article of `paragraphs` short
    paragraphs, each with an entity, a figure, a date and a place to annotate."""
    for name in ("story.yml", "knowledge.yml"):
        shutil.copy(ROOT / "seeds" / name, folder / name)
    text = "\n\n".join(PARAGRAPH.format(n=n) for n in range(paragraphs))
    (folder / "long-article.txt").write_text(f"A headline\n\n{text}\n", encoding="utf-8")
    (folder / "long-article.yml").write_text("outlet: An Outlet\npublished: 2023-01-27\n", encoding="utf-8")
    return folder


def pipeline_seconds(paragraphs: int) -> float:
    """Best-of-3 CPU time to analyse and render a story of one article of `paragraphs` paragraphs."""
    with tempfile.TemporaryDirectory() as folder:
        seeds = story_of_one_article(Path(folder), paragraphs)
        return best_seconds(lambda: render_analysis(analyse(seeds)))


def main() -> None:
    os.environ["DOCSITE_WORKERS"] = "1"  # CPU time of this process only
    print("| case | size | CPU s | 4× size | CPU s | ratio (4 linear, 16 quadratic) |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, (unit, size, annotate) in HOSTILE.items():
        short_paragraph, long_paragraph = _one_paragraph(unit, size), _one_paragraph(unit, 4 * size)
        short = best_seconds(lambda: annotate(short_paragraph))  # noqa: B023 - called at once
        long = best_seconds(lambda: annotate(long_paragraph))  # noqa: B023
        print_row(f"{name} (characters)", size, short, long)
    short, long = pipeline_seconds(MANY_PARAGRAPHS), pipeline_seconds(4 * MANY_PARAGRAPHS)
    print_row("many short paragraphs, whole pipeline (paragraphs)", MANY_PARAGRAPHS, short, long)


def print_row(name: str, size: int, short: float, long: float) -> None:
    ratio = long / max(short, 1e-6)
    print(f"| {name} | {size:,} | {short:.3f} | {4 * size:,} | {long:.3f} | {ratio:.1f} |")


if __name__ == "__main__":
    main()
