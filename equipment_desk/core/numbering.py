"""Act numbers: one series per office and year, numbered 1, 2, 3 … in the office's pattern."""

from __future__ import annotations

from typing import Any

from equipment_desk.core.errors import InputError, Problem

DEFAULT_PATTERN = "{office}-{year}-{seq:04d}"


def act_year(act_date: Any) -> int:
    """The year of an act's ISO date (the series it is numbered in)."""
    return int(str(act_date)[:4])


def series_of(office: str, year: int) -> str:
    """The series an act of ``office`` dated in ``year`` is numbered in, e.g. ``ROCA-2018``."""
    return f"{office}-{year}"


def format_number(pattern: str, *, office: str, year: int, seq: int) -> str:
    """The printed number of the ``seq``-th act of a series, e.g. ``ROCA-2018-0001``."""
    return pattern.format(office=office, year=year, seq=seq)


def check_number_pattern(pattern: str) -> None:
    """A pattern must contain ``{office}``, ``{year}`` and ``{seq…}`` and format cleanly."""
    problems = [
        Problem("must contain {placeholder}", params={"placeholder": p}, field="number_pattern", value=pattern)
        for p in ("{office}", "{year}")
        if p not in pattern
    ]
    if "{seq" not in pattern:
        problems.append(Problem("must contain {placeholder}", params={"placeholder": "{seq}"}, field="number_pattern", value=pattern))
    if not problems:
        try:
            format_number(pattern, office="X", year=2018, seq=1)
        except (KeyError, ValueError, IndexError):
            problems.append(Problem("is not a valid pattern; use e.g. {example}", params={"example": DEFAULT_PATTERN}, field="number_pattern", value=pattern))
    if problems:
        raise InputError(problems)
