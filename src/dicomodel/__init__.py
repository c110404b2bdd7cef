"""dicomodel: the DICOM standard as typed Python.

The hand-written runtime lives in ``src/dicomodel``; the generated models,
enums, UIDs and codes live in ``generated/dicomodel``. Both are one import
root: an installed wheel merges the two folders, an editable install puts both
on ``sys.path`` and :func:`pkgutil.extend_path` joins them here.

Subpackages load on first use so that ``import dicomodel`` stays cheap; so do
:func:`read` (the model of a Dataset, DICOM JSON object, Native DICOM Model XML
or Part 10 file, chosen by its SOP Class UID) and :func:`write_part10`.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING, Any

__path__ = pkgutil.extend_path(__path__, __name__)

__version__ = "0.1.0"

_LAZY_FUNCTIONS = {
    "read": "dicomodel.serialize.part10",
    "validate": "dicomodel.validation",
    "write_part10": "dicomodel.serialize.part10",
}

_LAZY_SUBMODULES = frozenset(
    {
        "codes",
        "coding",
        "conditions",
        "dictionary",
        "enums",
        "errors",
        "iods",
        "items",
        "macros",
        "model",
        "modules",
        "provenance",
        "serialize",
        "uids",
        "validation",
        "vr",
    }
)

if TYPE_CHECKING:
    from dicomodel import coding as coding
    from dicomodel import conditions as conditions
    from dicomodel import errors as errors
    from dicomodel import model as model
    from dicomodel import provenance as provenance
    from dicomodel import serialize as serialize
    from dicomodel import validation as validation
    from dicomodel import vr as vr
    from dicomodel.serialize.part10 import read as read
    from dicomodel.serialize.part10 import write_part10 as write_part10
    from dicomodel.validation import validate as validate

    STANDARD_EDITION: str


def __getattr__(name: str) -> Any:
    if name in _LAZY_FUNCTIONS:
        function = getattr(importlib.import_module(_LAZY_FUNCTIONS[name]), name)
        globals()[name] = function
        return function
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
    return sorted({*globals(), *_LAZY_SUBMODULES, *_LAZY_FUNCTIONS})
