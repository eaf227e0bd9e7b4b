"""The desktop window (PySide6). Talks to services only; started by ``app.run``."""
