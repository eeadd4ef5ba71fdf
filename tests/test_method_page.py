"""The method page (docs/about.md) tells readers the numbers the comparison uses: they are the code's."""

from __future__ import annotations

from pathlib import Path

from generator.compare.dates import MAX_SPREAD
from generator.compare.reuse import MAX_PARTNERS, WIDELY_SHARED

ABOUT = (Path(__file__).resolve().parent.parent / "docs" / "about.md").read_text(encoding="utf-8")
WORDS = {2: "two", 12: "twelve", 24: "twenty-four"}


def test_the_method_page_states_the_comparisons_bounds() -> None:
    assert f"within {WORDS[MAX_SPREAD]} days of each other" in ABOUT
    assert f"keeps its {WORDS[MAX_PARTNERS]} closest partners" in ABOUT
    assert f"found in more than {WORDS[WIDELY_SHARED]} articles" in ABOUT
    assert f"the earliest {WORDS[WIDELY_SHARED]} that carry it" in ABOUT
