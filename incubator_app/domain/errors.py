"""The one error a person can cause, rendered in the person's language."""

from __future__ import annotations

from typing import Literal, NamedTuple

from incubator_app.domain.messages import MESSAGES

Language = Literal["ko", "en"]


class Localised(NamedTuple):
    """A message parameter that reads differently by language (a holiday's name, a status)."""

    ko: str
    en: str

    def __str__(self) -> str:
        return self.ko

    def text(self, language: Language) -> str:
        return self.en if language == "en" else self.ko


class DomainError(Exception):
    """A refusal a manager can act on: which value, which rule.

    ``code`` picks the sentence from the message catalogue; ``field`` names the
    input it concerns (for a dialog to show it beside that field, or an import
    report to name the column); ``params`` fill the sentence.
    """

    def __init__(self, code: str, *, field: str | None = None, **params: object) -> None:
        if code not in MESSAGES:
            raise KeyError(f"no message for {code!r}")
        self.code = code
        self.field = field
        self.params = params
        super().__init__(self.text("ko"))

    def text(self, language: Language = "ko") -> str:
        """The message in ``language`` (Korean is the source language)."""
        return message(self.code, language, **self.params)

    @property
    def problems(self) -> tuple[DomainError, ...]:
        """Every refusal this one stands for, each naming its field."""
        return (self,)


class FieldsRefusedError(DomainError):
    """A form refused as a whole: every field's problem; the first speaks for them all
    where only one can be said (the command line)."""

    def __init__(self, problems: tuple[DomainError, ...]) -> None:
        first = problems[0]
        super().__init__(first.code, field=first.field, **first.params)
        self._problems = problems

    @property
    def problems(self) -> tuple[DomainError, ...]:
        return self._problems


def message(code: str, language: Language = "ko", **params: object) -> str:
    """A catalogue sentence that is not an error (labels, notices)."""
    korean, english = MESSAGES[code]
    shown = {
        key: value.text(language) if isinstance(value, Localised) else value
        for key, value in params.items()
    }
    return (english if language == "en" else korean).format(**shown)


def localised(code: str, **params: object) -> Localised:
    """A catalogue sentence as a parameter of another, read in its reader's language."""
    return Localised(message(code, "ko", **params), message(code, "en", **params))


class Notice:
    """A warning that does not refuse the action (e.g. a BRN that does not fit the type)."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, **params: object) -> None:
        if code not in MESSAGES:
            raise KeyError(f"no message for {code!r}")
        self.code = code
        self.params = params

    def text(self, language: Language = "ko") -> str:
        return message(self.code, language, **self.params)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Notice) and (self.code, self.params) == (other.code, other.params)

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted(self.params.items()))))

    def __repr__(self) -> str:
        return f"Notice({self.code!r}, {self.params!r})"


class CancelledError(Exception):
    """The person stopped a long task (an export, an import) between rows; nothing was written."""
