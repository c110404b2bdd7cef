"""Item class RangeShifterSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.range_shifter_type import RangeShifterTypeTerm as _RangeShifterTypeTerm
else:
    from dicomodel.lazy import Lazy

    _RangeShifterTypeTerm = Lazy("dicomodel.enums.range_shifter_type", "RangeShifterTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.range_shifter_type import RangeShifterTypeTerm as RangeShifterTypeTerm

__all__ = [
    "RangeShifterSequenceItem",
    "RangeShifterTypeTerm",
]


class RangeShifterSequenceItem(DicomModel):
    """An item of Range Shifter Sequence (300A,0314), as first defined in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    dicom_name: ClassVar[str] = "Range Shifter Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.25-1"

    RangeShifterNumber: Annotated[
        vr.IS, Attribute(0x300A0316, "IS", "1", "1", name="Range Shifter Number")
    ]
    """Range Shifter Number (300A,0316): Type 1, VR IS, VM 1. Identification number of the Range Shifter. The value of Range Shifter Number (300A,0316) shall be unique within the Beam in which it is created."""

    RangeShifterID: Annotated[vr.SH, Attribute(0x300A0318, "SH", "1", "1", name="Range Shifter ID")]
    """Range Shifter ID (300A,0318): Type 1, VR SH, VM 1. User or machine supplied identifier for Range Shifter."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An accessory identifier to be read by a device such as a bar code reader."""

    RangeShifterType: Annotated[
        _RangeShifterTypeTerm | vr.CS,
        Attribute(0x300A0320, "CS", "1", "1", name="Range Shifter Type"),
    ]
    """Range Shifter Type (300A,0320): Type 1, VR CS, VM 1. Type of Range Shifter. Defined Terms: ANALOG Device is variable thickness and is composed of opposing sliding wedges, water column or similar mechanism."""

    RangeShifterDescription: Annotated[
        vr.LO | None, Attribute(0x300A0322, "LO", "1", "3", name="Range Shifter Description")
    ] = None
    """Range Shifter Description (300A,0322): Type 3, VR LO, VM 1. User defined description of Range Shifter."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RangeShifterTypeTerm": ("dicomodel.enums.range_shifter_type", "RangeShifterTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
