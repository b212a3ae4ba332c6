"""What a write changed, so a view refreshes only what shows it (Anki's ``OpChanges``).

Every store write the window uses says which kinds of record it changes, in
one place beside the function: ``@changes("acts", "items")`` (finalizing an
act changes the act and the stock figures of its items), or
``@changes(by_kind=True)`` for the record functions whose ``kind=`` argument
says what they change.  :func:`perform` runs such a write and returns its
value with its :class:`OpChanges`; the window refreshes the lists, the
detail panes, the status line and the reports that show one of those kinds
and leaves the others alone.

The kinds:

- ``acts`` — an act's header, lines, state or signed scan;
- ``items`` — an item's record or its stock figures (handed over, written off);
- ``institutions`` — an institution or its signatories;
- ``programmes`` — a programme or the donors it lists;
- ``donors`` — a donor;
- ``settings`` — the office's settings;
- ``attachments`` — a file kept with an act or an item.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Generic, NamedTuple, TypeVar

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

KINDS = ("acts", "items", "institutions", "programmes", "donors", "settings", "attachments")
"""Every kind of change a write can report."""

TABLE_KINDS = {"act": "acts", "act_line": "acts", "item": "items", "institution": "institutions",
               "signatory": "institutions", "programme": "programmes", "programme_donor": "programmes",
               "donor": "donors", "setting": "settings", "attachment": "attachments"}
"""The kind of change a write to each table is."""


class OpChanges:
    """Which kinds of record an operation changed (see the module docstring): ``OpChanges(acts=True)``.

    A plain class, not a dataclass: every start makes this class, and a dataclass compiles its methods as it is
    made.
    """

    __slots__ = ("kinds",)

    kinds: frozenset[str]
    """The kinds that changed."""

    def __init__(self, **changed: bool) -> None:
        unknown = [kind for kind in changed if kind not in KINDS]
        if unknown:
            raise TypeError(f"no such kind of change: {', '.join(unknown)}")
        object.__setattr__(self, "kinds", frozenset(kind for kind, flag in changed.items() if flag))

    @classmethod
    def of(cls, *kinds: str) -> OpChanges:
        """``OpChanges.of("acts", "items")``; an unknown kind is a programming error."""
        unknown = [kind for kind in kinds if kind not in KINDS]
        if unknown:
            raise ValueError(f"no such kind of change: {', '.join(unknown)}")
        return cls(**dict.fromkeys(kinds, True))

    @classmethod
    def of_tables(cls, *tables: str) -> OpChanges:
        """What writing to ``tables`` changes (:data:`TABLE_KINDS`): ``OpChanges.of_tables("signatory")`` is institutions."""
        unknown = [table for table in tables if table not in TABLE_KINDS]
        if unknown:
            raise ValueError(f"no kind of change for the table(s): {', '.join(unknown)}")
        return cls.of(*(TABLE_KINDS[table] for table in tables))

    @classmethod
    def everything(cls) -> OpChanges:
        """Every kind (an import, a merge of a bundle, a restored backup, the demo data)."""
        return cls.of(*KINDS)

    def __getattr__(self, name: str) -> bool:
        """``changes.acts``: whether that kind changed."""
        if name in KINDS:
            return name in self.kinds
        raise AttributeError(name)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"what an operation changed cannot be changed (set {name!r})")

    def touches(self, kinds: Iterable[str]) -> bool:
        """True when any of ``kinds`` changed (a view asks with the kinds it shows)."""
        return not self.kinds.isdisjoint(kinds)

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges.of(*(self.kinds | other.kinds))

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __eq__(self, other: object) -> bool:
        return self.kinds == other.kinds if type(other) is OpChanges else NotImplemented

    def __hash__(self) -> int:
        return hash(self.kinds)

    def __repr__(self) -> str:
        return f"OpChanges({', '.join(f'{kind}=True' for kind in KINDS if kind in self.kinds)})"

    def __reduce__(self) -> tuple[Any, ...]:
        return OpChanges.of, tuple(kind for kind in KINDS if kind in self.kinds)


NOTHING = OpChanges()


class Done(NamedTuple, Generic[T]):
    """An operation's result and what it changed."""

    value: T
    changes: OpChanges


def changes(*kinds: str, by_kind: bool = False) -> Callable[[F], F]:
    """Declare what a store write changes; the function itself is returned unchanged.

    ``by_kind=True``: the write's ``kind=`` argument (a ``records.Kind``) says it, by its table.
    """
    declared = OpChanges.of(*kinds)

    def mark(function: F) -> F:
        function.changes = declared  # type: ignore[attr-defined]
        function.changes_by_kind = by_kind  # type: ignore[attr-defined]
        return function

    return mark


def changes_of(function: Callable[..., Any], /, **kwargs: Any) -> OpChanges:
    """What ``function`` called with ``kwargs`` changes (as its ``@changes`` declares)."""
    declared = getattr(function, "changes", None)
    if declared is None:
        raise TypeError(f"{function.__qualname__} does not declare what it changes (@changes)")
    if getattr(function, "changes_by_kind", False):
        declared = declared | OpChanges.of(TABLE_KINDS[kwargs["kind"].table])
    return declared


def perform(function: Callable[..., T], /, **kwargs: Any) -> Done[T]:
    """Run the store write ``function(**kwargs)``; its value and what it changed."""
    value = function(**kwargs)
    return Done(value, changes_of(function, **kwargs))
