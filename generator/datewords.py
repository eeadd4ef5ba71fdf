"""Dates written out in English, the same on every machine.

strftime's %a, %A, %b and %B follow the process's LC_TIME, so a library that called `setlocale` would
change every page of a build (and its bytes); its %-d (the day without a leading zero) exists in glibc
and macOS but raises ValueError on Windows. These take the names from here instead.
"""

from __future__ import annotations

import datetime as dt

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def day_month_year(date: dt.date, short: bool = False) -> str:
    """'26 January 2023', or with `short` '26 Jan 2023'."""
    return f"{date.day} {_month(date, short)} {date.year}"


def weekday_date(date: dt.date, short: bool = False) -> str:
    """'Thursday 26 January 2023', or with `short` 'Thu 26 Jan 2023'."""
    weekday = WEEKDAYS[date.weekday()]
    return f"{weekday[:3] if short else weekday} {day_month_year(date, short)}"


def weekday_slip(text: str, date: dt.date) -> str | None:
    """The weekday `text` opens with when `date` was another day ('Wednesday' for 'Wednesday 27 November'
    read as Thursday 27 November 2025), else None: the date is read as written, the weekday is the slip."""
    named = next((day for day in WEEKDAYS if text.startswith(day)), None)
    return named if named is not None and named != WEEKDAYS[date.weekday()] else None


def month_year(date: dt.date) -> str:
    """'January 2023'."""
    return f"{MONTHS[date.month - 1]} {date.year}"


def _month(date: dt.date, short: bool) -> str:
    name = MONTHS[date.month - 1]
    return name[:3] if short else name
