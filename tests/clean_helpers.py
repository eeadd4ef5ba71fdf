"""Lines as the cleaning's block rules read them, for tests that call a block rule on a small text."""

from __future__ import annotations

from typing import NamedTuple

from generator.clean import normalise
from generator.cleanrules import line_reason


class Row(NamedTuple):
    """A line as the block rules read it (`generator.cleanshapes.Line`)."""

    number: int
    raw: str
    text: str
    gap: bool
    cells: tuple[str, ...]


def reason(line: str) -> str | None:
    """What the line rules say of a line."""
    return line_reason(normalise(line))


def rows(text: str) -> tuple[list[Row], dict[int, str]]:
    """The non-blank lines of a text (a blank line marks a gap), and the line rules' reasons for them."""
    lines: list[Row] = []
    gap = False
    for number, raw in enumerate(normalise(text).splitlines(), 1):
        line = " ".join(raw.split())
        if not line:
            gap = bool(lines)
            continue
        lines.append(Row(number, line, line, gap, (line,)))
        gap = False
    return lines, {i: r for i, line in enumerate(lines) if (r := reason(line.text)) is not None}
