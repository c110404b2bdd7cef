"""Rendered output: a relative path and its text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.render.environment import environment


@dataclass(frozen=True, slots=True)
class RenderedFile:
    """One output file, its path relative to ``generated/``."""

    path: str
    content: str


def render(template: str, **context: Any) -> RenderedFile:
    """Render ``template``; the output path is the template path minus ``.jinja2``."""
    if not template.endswith(".jinja2"):
        msg = f"template {template!r} must end in .jinja2"
        raise ValueError(msg)
    text = environment().get_template(template).render(**context)
    return RenderedFile(path=template.removesuffix(".jinja2"), content=text)
