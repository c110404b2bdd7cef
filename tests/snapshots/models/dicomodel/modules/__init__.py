"""Module models, one module per PS3.3 module table; loaded on first use.

Generated from DICOM 2099a; do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE: dict[str, str] = {
    "TinyImageModule": "dicomodel.modules.tiny_image",
    "TinyPatientModule": "dicomodel.modules.tiny_patient",
}

if TYPE_CHECKING:
    from dicomodel.modules.tiny_image import TinyImageModule as TinyImageModule
    from dicomodel.modules.tiny_patient import TinyPatientModule as TinyPatientModule

__all__ = [
    "TinyImageModule",
    "TinyPatientModule",
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
