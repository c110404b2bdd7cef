"""The jinja2 environment: templates from the checkout, or from the installed package."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

import generator
from generator.naming.literals import docstring


def templates_dir() -> Path:
    """``templates/`` beside the generator in a checkout; ``generator/templates`` in a wheel."""
    package = Path(generator.__file__).resolve().parent
    for candidate in (package.parent / "templates", package / "templates"):
        if candidate.is_dir():
            return candidate
    msg = f"no templates folder beside {package}"
    raise FileNotFoundError(msg)


@cache
def environment() -> jinja2.Environment:
    """Strict, deterministic jinja2 environment (undefined names fail the build)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["pyrepr"] = repr
    env.filters["docstring"] = docstring
    return env
