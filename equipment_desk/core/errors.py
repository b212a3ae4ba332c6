"""Expected errors: exceptions of our own that carry data.

The core and the store raise these; the command line turns them into exit
code 2 and one line per problem, the window into a message the user can act
on.  Anything else that escapes is a bug.

A :class:`Problem` carries a message *template* (``code``) and its
parameters, so the UI can translate the template and fill it in; ``str()``
gives the English text.
"""

from __future__ import annotations

from typing import Any


def english_params(params: dict[str, Any]) -> dict[str, Any]:
    """A message's parameters as its English text shows them.

    Parameters named ``field`` hold column names (``serial_number``, several as ``"series, seq"``): English
    text reads them with spaces (``serial number``), the window as the fields' labels.  A parameter named
    ``language`` holds a printed language's code (``ky``): English text reads its name (``Kyrgyz``), the
    window the name in the user's language.
    """
    out = dict(params)
    if "field" in params:
        out["field"] = ", ".join(name.strip().replace("_", " ") for name in str(params["field"]).split(","))
    if "language" in params:
        from equipment_desk.core.languages import BY_CODE

        language = BY_CODE.get(str(params["language"]))
        out["language"] = language.english if language else params["language"]
    return out


def message_template(text: str) -> str:
    """Mark ``text`` as an English message template that reaches the user (it is collected for translation, context
    ``problems``), where it is not handed straight to a :class:`Problem` or an error: ``steps.append(message_template("voided"))``."""
    return text


class Problem:
    """One thing wrong with an input, and where it is; it cannot be changed (:meth:`replace` makes another).

    A plain class, not a dataclass: every start makes this class, and a dataclass compiles its methods as it is
    made (some 0.6 ms each of the start's classes).
    """

    __slots__ = ("message", "params", "field", "row", "source", "value")

    message: str
    """English message template, e.g. ``"must be a whole number greater than 0"``."""
    params: dict[str, Any]
    field: str | None
    """The field or column name, e.g. ``"quantity"``."""
    row: int | None
    """1-based row number in the source file (the header is row 1)."""
    source: str | None
    """File name or record the problem was found in."""
    value: Any

    def __init__(self, message: str, params: dict[str, Any] | None = None, field: str | None = None,
                 row: int | None = None, source: str | None = None, value: Any = None) -> None:
        for name, given in zip(self.__slots__, (message, {} if params is None else params, field, row, source, value)):
            object.__setattr__(self, name, given)

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def replace(self, **changes: Any) -> Problem:
        """The same problem with ``changes`` (``problem.replace(row=None)``)."""
        return Problem(**{**dict(zip(self.__slots__, self._values())), **changes})

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"a Problem cannot be changed (set {name!r}): make another with replace()")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a Problem cannot be changed (delete {name!r})")

    def __eq__(self, other: object) -> bool:
        if type(other) is not Problem:
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment] - equal by its parameters, a dict

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(self.__slots__, self._values()))
        return f"Problem({shown})"

    def __reduce__(self) -> tuple[type[Problem], tuple[Any, ...]]:  # copied and pickled through its constructor
        return Problem, self._values()

    def text(self) -> str:
        """The message with its parameters filled in (English)."""
        try:
            return self.message.format(**english_params(self.params))
        except (KeyError, IndexError, ValueError):
            return self.message

    def where(self) -> str:
        parts = []
        if self.source:
            parts.append(str(self.source))
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.field:
            parts.append(f"column '{self.field}'" if self.row is not None else f"field '{self.field}'")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        shown = ""
        if self.value is not None:
            value = str(self.value)
            if len(value) > 40:
                value = value[:37] + "..."
            shown = f" (got {value!r})" if isinstance(self.value, str) else f" (got {value})"
        return f"{where}: {self.text()}{shown}" if where else f"{self.text()}{shown}"


class DeskError(Exception):
    """Base of every expected error: bad input, refused action, unusable file."""

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(self.text())

    def text(self) -> str:
        try:
            return self.message.format(**english_params(self.params))
        except (KeyError, IndexError, ValueError):
            return self.message

    def lines(self) -> list[str]:
        """One line per problem, for the command line."""
        return [self.text()]


class InputError(DeskError):
    """The input has one or more problems; nothing was written."""

    def __init__(self, problems: list[Problem] | Problem, message: str = "the input has problems") -> None:
        if isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__(message)

    def text(self) -> str:
        return "; ".join(str(p) for p in self.problems) or self.message

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems] or [self.message]


class NotFoundError(DeskError):
    """A record, file or act that was asked for does not exist."""


class RefusedError(DeskError):
    """The action is not allowed in the record's present state."""


class StorageError(DeskError):
    """The database file cannot be used (locked, newer, not ours, corrupt)."""


class DatabaseLockedError(StorageError):
    """Another program holds the database; try again."""


class NewerSchemaError(StorageError):
    """The database was written by a newer version of Equipment Desk."""


class NotOurDatabaseError(StorageError):
    """The file is not an Equipment Desk database, or it is damaged."""
