"""Who is working: the name recorded in the audit log and on acts."""

from __future__ import annotations

import os

_user: str | None = None


def set_user(name: str | None) -> None:
    """Record ``name`` as the current user (``None`` returns to the login name)."""
    global _user
    _user = name.strip() if name and name.strip() else None


def current_user() -> str:
    if _user:
        return _user
    import getpass  # here: it loads termios, which nothing else needs at start-up

    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"
