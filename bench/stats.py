"""How the benches report: min, median, 90th percentile and max, and a ratio to an anchor measured in the same run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Summary:
    """Figures of one measured thing, in seconds."""

    min: float
    median: float
    p90: float
    max: float
    runs: int

    @classmethod
    def of(cls, times: Sequence[float]) -> Summary:
        ordered = sorted(times)
        if not ordered:
            raise ValueError("nothing was measured")
        # the nearest-rank 90th percentile: with few runs it is an observed value, never an interpolation below the max
        rank = max(0, -(-9 * len(ordered) // 10) - 1)
        return cls(ordered[0], statistics.median(ordered), ordered[rank], ordered[-1], len(ordered))

    def line(self, name: str, unit: str = "ms") -> str:
        scale = {"ms": 1000, "s": 1, "MB": 1}[unit]
        return (f"{name:44} min {self.min * scale:9.2f}  median {self.median * scale:9.2f}  p90 {self.p90 * scale:9.2f}  "
                f"max {self.max * scale:9.2f} {unit}  ({self.runs} runs)")


def timed(work: Callable[[], object], runs: int) -> Summary:
    """Run ``work`` ``runs`` times and summarise the wall times."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return Summary.of(times)


def ratio_line(name: str, measured: Summary, anchor: Summary, target: float | None = None, *, at: str = "median") -> str:
    """``measured / anchor`` at the median and the 90th percentile; PASS/FAIL against ``target`` at ``at``."""
    median = measured.median / anchor.median
    p90 = measured.p90 / anchor.p90
    text = f"{name:44} {median:6.2f}x median  {p90:6.2f}x p90"
    if target is not None:
        value = median if at == "median" else p90
        text = f"{'PASS' if value <= target else 'FAIL'}  " + text + f"   (target <= {target}x at the {at})"
    return text
