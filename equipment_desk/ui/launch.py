"""The program's entry point: ``main.py`` and the installed ``equipment-desk`` command start here.

Starting makes a few hundred thousand objects that live as long as the program: modules, classes,
Qt's enums, the window.  Python's cyclic garbage collector would scan them again and again while
they are made, for nothing; measured, that is about a twentieth of the time to the window.  So the
collector is off from the first import until the window is shown, when
:func:`equipment_desk.ui.app.end_of_start_up` sets aside what starting made (later collections skip
it) and turns the collector on again.
"""

from __future__ import annotations

import gc


def main() -> int:
    """Start the program with the collector off until the window is shown; returns the exit code."""
    gc.disable()
    from equipment_desk.ui.app import main as run_program

    return run_program()
