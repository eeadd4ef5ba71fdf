"""How annotation time grows with the length of one pathological paragraph (a pasted table of counts, a
run of name particles, a sentence of many quotations…): `python benchmarks/paragraphs.py`.

Prints, for each case of tests/test_annotate_speed.py, the best-of-3 CPU time at the test's size and at four
times that size, and their ratio: about 4 for linear work, 16 for quadratic. Not a test: nothing is asserted.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_annotate_speed import HOSTILE, _one_paragraph  # noqa: E402

from generator.model import Article  # noqa: E402


def best_seconds(annotate: Callable[[Article], object], article: Article, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        annotate(article)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    print("| case | characters | CPU s | 4× characters | CPU s | ratio (4 linear, 16 quadratic) |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, (unit, size, annotate) in HOSTILE.items():
        short = best_seconds(annotate, _one_paragraph(unit, size))
        long = best_seconds(annotate, _one_paragraph(unit, 4 * size))
        ratio = long / max(short, 1e-6)
        print(f"| {name} | {size:,} | {short:.3f} | {4 * size:,} | {long:.3f} | {ratio:.1f} |")


if __name__ == "__main__":
    main()
