"""Python source literals for text of the standard: strings and attribute docstrings."""

from __future__ import annotations

import json
import re


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


_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def docstring_text(literal: str) -> str:
    """The text a :func:`docstring` literal holds (its value, as Python reads it)."""
    if len(literal) < 6 or not (literal.startswith('"""') and literal.endswith('"""')):
        raise ValueError(f"not a docstring literal: {literal[:40]!r}")
    return _ESCAPE.sub(r"\1", literal[3:-3])
