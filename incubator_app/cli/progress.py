"""A progress bar on stderr for long exports and imports, only when a person watches."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from incubator_app.domain.errors import Language, message


@contextmanager
def progress_bar(language: Language) -> Iterator[Callable[[int, int], bool] | None]:
    """A callback that redraws one line, or None when stderr is a file or a pipe."""
    if not sys.stderr.isatty():
        yield None
        return
    label = message("progress_rows", language)

    def show(done: int, total: int) -> bool:
        if total:
            bar = "#" * int(min(done / total, 1.0) * 30)
            line = f"[{bar:<30}] {done:,}/{total:,} {label}"
        else:  # a sheet that does not say how long it is
            line = f"{done:,} {label}"
        print(f"\r{line}", end="", file=sys.stderr, flush=True)
        return True

    try:
        yield show
    finally:
        print(file=sys.stderr)
