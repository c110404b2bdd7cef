"""IOD models, one module per IOD; loaded on first use.

Generated from DICOM 2099a; do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE: dict[str, str] = {
    "TwelveLeadTiny": "dicomodel.iods.m_12_lead_tiny",
    "TwelveLeadTinyFunctionalGroupsItem": "dicomodel.iods.m_12_lead_tiny",
}

if TYPE_CHECKING:
    from dicomodel.iods.m_12_lead_tiny import TwelveLeadTiny as TwelveLeadTiny
    from dicomodel.iods.m_12_lead_tiny import (
        TwelveLeadTinyFunctionalGroupsItem as TwelveLeadTinyFunctionalGroupsItem,
    )

__all__ = [
    "TwelveLeadTiny",
    "TwelveLeadTinyFunctionalGroupsItem",
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


_SOP_CLASSES: dict[str, str] = {}


def for_sop_class(uid: str) -> type[DicomModel]:
    """The IOD model that defines the SOP class ``uid`` (PS3.4 Table B.5-1 and others)."""
    name = _SOP_CLASSES.get(str(uid))
    if name is None:
        raise KeyError(f"no IOD model for SOP class {uid!r}")
    model: type[DicomModel] = __getattr__(name)
    return model
