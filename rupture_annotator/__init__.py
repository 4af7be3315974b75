"""Rupture Annotator: code alliance ruptures and their resolution on session recordings."""

__version__ = "0.1.0"
