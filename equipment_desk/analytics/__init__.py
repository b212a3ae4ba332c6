"""Analytics: what was handed over, read from the acts as sealed — totals, pivots, series, acts awaiting signature.

Below ``documents`` and ``exchange`` (which print and export these figures),
above ``store`` (which it reads).  Nothing here writes.
"""
