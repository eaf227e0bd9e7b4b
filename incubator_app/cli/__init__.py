"""The command line: ``incubator [--db PATH|URL] [COMMAND ...]``.

Exit codes: 0 done, 2 a person's error (one line on stderr, no traceback),
1 a bug. Without a command it opens the window; that start reads its two
options without building the whole grammar, so the window shows sooner.
"""

from __future__ import annotations

import errno
import os
import sys
import traceback
from collections.abc import Sequence

from incubator_app.domain.errors import DomainError, Language, localised, message

LANGUAGE_VARIABLE = "INCUBATOR_LANG"
VARIABLES = (LANGUAGE_VARIABLE, "INCUBATOR_DB", "INCUBATOR_DESK")
WINDOW_OPTIONS = ("--db", "--lang")


class RefusedError(Exception):
    """A refusal with details: one ``오류:`` line saying what was refused (``headline``),
    then a line for each row or date that caused it."""

    def __init__(self, headline: DomainError, details: Sequence[str]) -> None:
        super().__init__(headline.code)
        self.headline = headline
        self.details = details


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    _utf8_pipes()
    language = _language(args_list)
    prefix = message("error_prefix", language)
    try:
        _check_encoding(args_list)
        window = _window_start(args_list)
        if window is not None:
            from incubator_app.ui.display import open_window

            db, chosen = window
            return open_window(
                db, chosen or (language if LANGUAGE_VARIABLE in os.environ else None)
            )
        from incubator_app.cli.parser import build_parser

        parser = build_parser(language)
        args = parser.parse_args(args_list)
        args.language = language  # for what is said on the way (``commands.opened``)
        return int(args.run(args, language))
    except DomainError as error:
        print(f"{prefix}: {error.text(language)}", file=sys.stderr)
        return 2
    except RefusedError as refused:
        print(f"{prefix}: {refused.headline.text(language)}", file=sys.stderr)
        for line in refused.details:
            print(line, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except OSError as error:
        # The reader stopped early (``| head``): EPIPE here, EINVAL on Windows.
        if error.errno not in (errno.EPIPE, errno.EINVAL):
            raise
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 2
    except Exception:
        traceback.print_exc()
        return 1


def _check_encoding(argv: list[str]) -> None:
    """Arguments (and the program's environment variables) that were not UTF-8 (Korean
    typed in a CP949/EUC-KR terminal or script) arrive as lone surrogates: refused,
    naming which and how it reads in CP949."""
    given = [(localised("argument_number", position=n), a) for n, a in enumerate(argv, 1)]
    given += [
        (localised("variable_name", name=v), os.environ[v]) for v in VARIABLES if v in os.environ
    ]
    for where, text in given:
        if any("\udc80" <= char <= "\udcff" for char in text):
            raw = text.encode("utf-8", "surrogateescape")
            shown = raw.decode("utf-8", "backslashreplace")
            guess = raw.decode("cp949", "replace")
            raise DomainError("argument_not_utf8", position=where, value=shown, guess=guess)


def _window_start(argv: list[str]) -> tuple[str | None, Language | None] | None:
    """``[--db PATH] [--lang ko|en]`` and nothing else: the window's start (its database
    and an explicitly chosen language); None for anything the full grammar must read."""
    given: dict[str, str] = {}
    rest = list(argv)
    while rest:
        name, _, value = rest.pop(0).partition("=")
        if name not in WINDOW_OPTIONS:
            return None
        if not value:
            if not rest:
                return None
            value = rest.pop(0)
        given[name] = value
    chosen = given.get("--lang")
    if chosen not in (None, "ko", "en"):
        return None
    return given.get("--db"), "en" if chosen == "en" else "ko" if chosen else None


def _language(argv: list[str]) -> Language:
    """``--lang`` (read before parsing, so help is in that language too), else the variable."""
    chosen = os.environ.get(LANGUAGE_VARIABLE, "ko")
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            chosen = argv[i + 1]
        elif arg.startswith("--lang="):
            chosen = arg.split("=", 1)[1]
    return "en" if chosen.strip().lower() == "en" else "ko"


def _utf8_pipes() -> None:
    """JSON and Korean text to a file or another program go out as UTF-8 on every OS."""
    for stream in (sys.stdout, sys.stderr):
        if not stream.isatty() and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
