"""Dialogs for the reference records: donors, programmes, institutions with signatories, items."""
