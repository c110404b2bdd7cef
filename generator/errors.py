"""Errors the generator raises on bad input; the CLI prints them without a traceback."""

from __future__ import annotations


class GeneratorError(Exception):
    """Base class: a problem with the input or the request, not a bug."""


class FetchError(GeneratorError):
    """The standard could not be obtained as asked."""


class ReaderError(GeneratorError):
    """A file is not the document it claims to be, or cannot be read."""


class ParseError(GeneratorError):
    """A table or section of the standard does not have the expected shape."""
