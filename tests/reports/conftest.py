"""The documents need the program's QApplication (its fonts), as the window does."""

from tests.gui.conftest import app, desk, settings

__all__ = ["app", "desk", "settings"]
