"""Dialogmøde workshop app: capture, merge, curate and export citizen dialogue notes."""

__version__ = "0.1.0"
