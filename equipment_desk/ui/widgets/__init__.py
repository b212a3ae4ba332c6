"""General widgets every form and dialog composes: no store, no act, no record kind of their own.

- :mod:`.dates` — :class:`~.dates.DateField`, a date with a calendar that may be empty;
- :mod:`.text` — :class:`~.text.WrappingLineEdit` (one long value that wraps) and
  :class:`~.text.Bilingual` (English and Russian side by side), and the grey and red labels under a field;
- :mod:`.combos` — :class:`~.combos.ReadableCombo`, :class:`~.combos.FilterCombo`,
  :class:`~.combos.SearchableCombo` and the helpers that fill and set them;
- :mod:`.money` — :class:`~.money.MoneyEdit` and :class:`~.money.MoneyDelegate` for amounts;
- :mod:`.columns` — table columns fitted to their texts, the user's arrangement remembered;
- :mod:`.screen` — windows and dialogs kept within the screen they open on;
- :mod:`.wheel` — the mouse wheel scrolls a form instead of changing the field under it.
"""
