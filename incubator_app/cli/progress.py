"""A progress bar on stderr for long exports and imports, only when a person watches."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from incubator_app.domain.errors import Language


@contextmanager
def progress_bar(language: Language) -> Iterator[Callable[[int, int], bool] | None]:
    """A callback that redraws one line, or None when stderr is a file or a pipe."""
    if not sys.stderr.isatty():
        yield None
        return
    label = "rows" if language == "en" else "행"

    def show(done: int, total: int) -> bool:
        share = done / total if total else 1.0
        bar = "#" * int(share * 30)
        print(f"\r[{bar:<30}] {done:,}/{total:,} {label}", end="", file=sys.stderr, flush=True)
        return True

    try:
        yield show
    finally:
        print(file=sys.stderr)
