"""Where the generated part of the package came from: edition, sources, overlays.

The generator writes ``dicomodel/_build.py`` beside the generated subpackages;
this module reads it on first use. The runtime never imports generated code
statically, so it type-checks on its own.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any, cast

__all__ = ["build_info", "edition"]


@cache
def build_info() -> dict[str, Any]:
    """The build record: edition, formats, sources per Part, overlays, counts."""
    module = importlib.import_module("dicomodel._build")
    return cast(dict[str, Any], module.BUILD)


def edition() -> str:
    """The DICOM edition the generated package was built from, e.g. ``"2024c"``."""
    return str(build_info()["edition"])
