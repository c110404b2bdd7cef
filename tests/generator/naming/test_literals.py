"""Literals for text of the standard: strings and one-line docstrings that parse back."""

from __future__ import annotations

import ast

import pytest

from generator.naming.literals import docstring, docstring_text, optional_string, string

TEXTS = ['Patient\'s "Name"', "back\\slash", 'ends in a quote"', "Canastr\u00e3o", "a\nb"]


@pytest.mark.parametrize("text", TEXTS)
def test_string_parses_back(text: str) -> None:
    assert ast.literal_eval(string(text)) == text


@pytest.mark.parametrize("text", TEXTS)
def test_docstring_parses_back_on_one_line(text: str) -> None:
    literal = docstring(text)
    assert literal.startswith('"""')
    assert "\n" not in literal
    assert ast.literal_eval(literal) == " ".join(text.split())


@pytest.mark.parametrize("text", [*TEXTS, '\\"', '""" inside', "trailing \\"])
def test_docstring_text_is_what_python_reads(text: str) -> None:
    """The stubs take a docstring's text back from its literal without parsing it."""
    literal = docstring(text)
    assert docstring_text(literal) == ast.literal_eval(literal)


def test_docstring_text_refuses_another_literal() -> None:
    with pytest.raises(ValueError, match="not a docstring literal"):
        docstring_text("'x'")


def test_optional_string() -> None:
    assert optional_string(None) == "None"
    assert optional_string("x") == '"x"'
