"""Python source literals for text of the standard: strings and attribute docstrings."""

from __future__ import annotations

import json


def string(text: str) -> str:
    """A double-quoted Python string literal for ``text`` (escapes as JSON writes them)."""
    return json.dumps(text, ensure_ascii=False)


def optional_string(text: str | None) -> str:
    """``string(text)``, or ``None`` for ``None``."""
    return "None" if text is None else string(text)


def docstring(text: str) -> str:
    """A one-line triple-quoted docstring: whitespace collapsed, ``\\`` and ``"`` escaped."""
    cleaned = " ".join(text.split()).replace("\\", "\\\\").replace('"', '\\"')
    return f'"""{cleaned}"""'
