"""Macro models, one module per PS3.3 macro table; loaded on first use.

Generated from DICOM 2099a; do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE: dict[str, str] = {
    "PixelMeasuresMacro": "dicomodel.macros.pixel_measures",
}

if TYPE_CHECKING:
    from dicomodel.macros.pixel_measures import PixelMeasuresMacro as PixelMeasuresMacro

__all__ = [
    "PixelMeasuresMacro",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
