"""Printable documents (QTextDocument painted page by page) over service results. QtGui only."""
