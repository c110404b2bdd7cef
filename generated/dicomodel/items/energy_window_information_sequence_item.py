"""Item class EnergyWindowInformationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.energy_window_range_sequence_item import (
        EnergyWindowRangeSequenceItem as _EnergyWindowRangeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _EnergyWindowRangeSequenceItem = Lazy(
        "dicomodel.items.energy_window_range_sequence_item", "EnergyWindowRangeSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.energy_window_range_sequence_item import (
        EnergyWindowRangeSequenceItem as EnergyWindowRangeSequenceItem,
    )

__all__ = [
    "EnergyWindowInformationSequenceItem",
    "EnergyWindowRangeSequenceItem",
]


class EnergyWindowInformationSequenceItem(DicomModel):
    """An item of Energy Window Information Sequence (0054,0012), as first defined in NM Isotope Module Attributes (C.8-10)."""

    dicom_name: ClassVar[str] = "Energy Window Information Sequence"
    dicom_table: ClassVar[str] = "table_C.8-10"

    EnergyWindowName: Annotated[
        vr.SH | None, Attribute(0x00540018, "SH", "1", "3", name="Energy Window Name")
    ] = None
    """Energy Window Name (0054,0018): Type 3, VR SH, VM 1. A user defined name that describes this Energy Window."""

    EnergyWindowRangeSequence: Annotated[
        list[_EnergyWindowRangeSequenceItem] | None,
        Attribute(0x00540013, "SQ", "1", "3", name="Energy Window Range Sequence"),
    ] = None
    """Energy Window Range Sequence (0054,0013): Type 3, VR SQ, VM 1. Sequence of Items that describes this energy window group. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "EnergyWindowRangeSequenceItem": (
        "dicomodel.items.energy_window_range_sequence_item",
        "EnergyWindowRangeSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
