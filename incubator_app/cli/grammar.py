"""The command line's building blocks: a parser that speaks the person's language,
and the option types every sub-command shares."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from typing import Any, NoReturn

from incubator_app.cli import commands
from incubator_app.domain.billing import Month
from incubator_app.domain.bookings import parse_minute
from incubator_app.domain.errors import DomainError, Language, message
from incubator_app.domain.periods import parse_iso_date
from incubator_app.domain.text import parse_whole

# argparse's own sentences (Python's gettext ids), for Korean help and errors.
ARGPARSE_KO = {
    "usage: ": "사용법: ",
    "options": "옵션",
    "positional arguments": "인수",
    "show this help message and exit": "이 도움말을 보여 주고 끝냅니다",
    "the following arguments are required: %s": "다음 항목이 필요합니다: %s",
    "unrecognized arguments: %s": "알 수 없는 인수: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "%(value)r은(는) 쓸 수 없습니다 (가능: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "%(value)r은(는) 올바른 값이 아닙니다",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "expected one argument": "값이 하나 필요합니다",
    "ambiguous option: %(option)s could match %(matches)s": (
        "%(option)s은(는) 여러 옵션과 맞습니다: %(matches)s"
    ),
    "not allowed with argument %s": "%s와(과) 함께 쓸 수 없습니다",
}


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake as one line, ``오류:``/``error:``, exit code 2."""

    language: Language = "ko"

    def error(self, text: str) -> NoReturn:
        print(f"{message('error_prefix', self.language)}: {self.prog}: {text}", file=sys.stderr)
        raise SystemExit(2)


class Grammar:
    """Builds sub-commands that share ``--db``/``--lang`` and speak one language."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.common = Parser(add_help=False, argument_default=argparse.SUPPRESS)
        self.common.add_argument(
            "--db",
            help=self.t("help_db"),
        )
        self.common.add_argument(
            "--lang",
            choices=("ko", "en"),
            help=self.t("help_lang"),
        )
        self.parser = Parser(
            prog="incubator",
            description=self.t("help_program"),
            parents=[self.common],
        )
        # No default for --db here: the action is shared with every sub-command (parents).
        self.parser.set_defaults(run=commands.start)
        self.subcommands = self.parser.add_subparsers(
            title=self.t("help_commands"), metavar="COMMAND", parser_class=Parser
        )
        self.today = "help_as_of"  # the key of --as-of's help, shared by many commands

    def t(self, key: str) -> str:
        """A help text from the message catalogue, in the person's language."""
        return message(key, self.language)

    def day(self, text: str) -> date:
        """A ``YYYY-MM-DD`` option; the refusal in the person's language."""
        try:
            return parse_iso_date(text)
        except DomainError as error:
            raise argparse.ArgumentTypeError(error.text(self.language)) from None

    def minute(self, text: str) -> datetime:
        """A ``YYYY-MM-DDTHH:MM`` option; the refusal in the person's language."""
        try:
            return parse_minute(text)
        except DomainError as error:
            raise argparse.ArgumentTypeError(error.text(self.language)) from None

    def month(self, text: str) -> Month:
        """A ``YYYY-MM`` option (``2026-13`` refused naming it)."""
        try:
            return Month.parse(text)
        except DomainError as error:
            raise argparse.ArgumentTypeError(error.text(self.language)) from None

    def whole(self, text: str) -> int:
        """A whole number (an ID, a count); anything else says a number is needed."""
        try:
            return parse_whole(text, "number")
        except DomainError as error:
            raise argparse.ArgumentTypeError(error.text(self.language)) from None

    def day_or_clear(self, text: str) -> date | str:
        """As ``day``; an empty value clears the field when correcting a record."""
        return "" if not text.strip() else self.day(text)

    def command(self, name: str, handler: commands.Handler, key: str) -> Parser:
        sub: Parser = self.subcommands.add_parser(
            name, help=self.t(key), description=self.t(key), parents=[self.common]
        )
        sub.set_defaults(run=handler)
        return sub

    def listing(self, name: str, handler: commands.Handler, key: str, as_of: str | None) -> Parser:
        """A command that lists: ``--json``, and ``--as-of`` with the help ``as_of`` names."""
        sub = self.command(name, handler, key)
        sub.add_argument("--json", action="store_true", help=self.t("help_json"))
        if as_of:
            sub.add_argument("--as-of", type=self.day, metavar="YYYY-MM-DD", help=self.t(as_of))
        return sub

    def bookings_range(self, sub: Parser) -> None:
        """``--from D --to D [--space NAME]``: the bookings starting on those days."""
        for name, dest, key in (("--from", "first", "help_from"), ("--to", "last", "help_to")):
            self.option(
                sub, name, key, dest=dest, required=True, type=self.day, metavar="YYYY-MM-DD"
            )
        self.option(sub, "--space", "help_space")

    def option(self, sub: argparse._ActionsContainer, name: str, key: str, **extra: Any) -> None:
        sub.add_argument(name, help=self.t(key), **extra)
