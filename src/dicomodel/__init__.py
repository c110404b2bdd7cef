"""dicomodel: the DICOM standard as typed Python.

The hand-written runtime lives in ``src/dicomodel``; the generated models,
enums, UIDs and codes live in ``generated/dicomodel``. Both are one import
root: an installed wheel merges the two folders, an editable install puts both
on ``sys.path`` and :func:`pkgutil.extend_path` joins them here.

Subpackages load on first use so that ``import dicomodel`` stays cheap.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType
from typing import TYPE_CHECKING

__path__ = pkgutil.extend_path(__path__, __name__)

__version__ = "0.1.0"

_LAZY_SUBMODULES = frozenset(
    {
        "codes",
        "coding",
        "dictionary",
        "iods",
        "macros",
        "model",
        "modules",
        "provenance",
        "uids",
        "vr",
    }
)

if TYPE_CHECKING:
    from dicomodel import coding as coding
    from dicomodel import model as model
    from dicomodel import provenance as provenance
    from dicomodel import vr as vr

    STANDARD_EDITION: str


def __getattr__(name: str) -> ModuleType | str:
    if name in _LAZY_SUBMODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        globals()[name] = module
        return module
    if name == "STANDARD_EDITION":
        from dicomodel.provenance import edition

        return edition()
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY_SUBMODULES})
