"""Rendered output: a relative path and its text."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.render.environment import environment


@dataclass(frozen=True, slots=True)
class RenderedFile:
    """One output file, its path relative to ``generated/``."""

    path: str
    content: str


def output_path(template: str, path_fields: Mapping[str, str | int] | None = None) -> str:
    """The template path minus ``.jinja2``, its ``{field}`` placeholders filled.

    A template that renders many files names its output with placeholders:
    ``dicomodel/codes/cid{cid}.py.jinja2`` with ``{"cid": 4410}`` writes
    ``dicomodel/codes/cid4410.py``. Every placeholder must be filled, and nothing else.
    """
    if not template.endswith(".jinja2"):
        msg = f"template {template!r} must end in .jinja2"
        raise ValueError(msg)
    path = template.removesuffix(".jinja2")
    fields = dict(path_fields or {})
    try:
        filled = path.format_map(fields)
    except (KeyError, IndexError, ValueError) as error:
        msg = f"template {template!r}: cannot fill its path with {fields!r} ({error})"
        raise ValueError(msg) from None
    if fields and filled == path:
        msg = f"template {template!r} has no placeholder for {sorted(fields)}"
        raise ValueError(msg)
    return filled


def render(
    template: str, *, path_fields: Mapping[str, str | int] | None = None, **context: Any
) -> RenderedFile:
    """Render ``template``; the output path is the template path minus ``.jinja2``.

    ``path_fields`` fill the ``{field}`` placeholders of a template that renders
    many files (see :func:`output_path`).
    """
    path = output_path(template, path_fields)
    text = environment().get_template(template).render(**context)
    return RenderedFile(path=path, content=text)
