"""How a figure is written on every page: as a reader writes it, never in a float's notation."""

from __future__ import annotations

from decimal import Decimal

from generator.annotate.racetimes import RACE_TIME, clock

SIGNS = {"at least": "≥ ", "more than": "> ", "about": "~", "at most": "≤ ", "fewer than": "< "}
"""The qualifier of a figure as a sign before its value ('exact' has none)."""


def figure_number(value: float, qualifier: str = "exact", counts: str = "") -> str:
    """'9', '≥ 25', '> 30', '~100', '0.5', '1948', '2,500,000'; a race time (`counts`) '2:18:47'.

    A float's own notation would show '2.5e+06' for "2.5 million", and its integer conversion digits the
    article never gave: the shortest repr of the value is written out in full instead. Thousands are
    grouped from 10,000 on, so that a four-digit figure reads as written ("1948 refugees")."""
    if counts == RACE_TIME:
        return SIGNS.get(qualifier, "") + clock(value)
    exact = Decimal(repr(value))
    digits = format(exact, ",f" if abs(exact) >= 10_000 else "f")
    if "." in digits:
        digits = digits.rstrip("0").rstrip(".")
    return SIGNS.get(qualifier, "") + digits
