"""Enumerated Values (closed) and Defined Terms (open) as enums; loaded on first use.

Generated from DICOM 2099a; do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE: dict[str, str] = {
    "ConfocalMode": "dicomodel.enums.confocal_mode",
    "ModalityTerm": "dicomodel.enums.modality",
}

if TYPE_CHECKING:
    from dicomodel.enums.confocal_mode import ConfocalMode as ConfocalMode
    from dicomodel.enums.modality import ModalityTerm as ModalityTerm

__all__ = [
    "ConfocalMode",
    "ModalityTerm",
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
