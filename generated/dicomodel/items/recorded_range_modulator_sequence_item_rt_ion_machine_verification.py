"""Item class RecordedRangeModulatorSequenceItemRTIonMachineVerification.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.range_modulator_type import (
        RangeModulatorTypeTerm as _RangeModulatorTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _RangeModulatorTypeTerm = Lazy("dicomodel.enums.range_modulator_type", "RangeModulatorTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.range_modulator_type import (
        RangeModulatorTypeTerm as RangeModulatorTypeTerm,
    )

__all__ = [
    "RangeModulatorTypeTerm",
    "RecordedRangeModulatorSequenceItemRTIonMachineVerification",
]


class RecordedRangeModulatorSequenceItemRTIonMachineVerification(DicomModel):
    """An item of Recorded Range Modulator Sequence (3008,00F6), as first defined in RT Ion Machine Verification Module Attributes (C.31-3)."""

    dicom_name: ClassVar[str] = "Recorded Range Modulator Sequence"
    dicom_table: ClassVar[str] = "table_C.31-3"

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", None, name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): no Type, VR LO, VM 1. An accessory identifier to be read by a device such as a bar code reader."""

    RangeModulatorID: Annotated[
        vr.SH | None, Attribute(0x300A0346, "SH", "1", None, name="Range Modulator ID")
    ] = None
    """Range Modulator ID (300A,0346): no Type, VR SH, VM 1. User or machine supplied identifier for Range Modulator."""

    RangeModulatorType: Annotated[
        _RangeModulatorTypeTerm | vr.CS | None,
        Attribute(0x300A0348, "CS", "1", None, name="Range Modulator Type"),
    ] = None
    """Range Modulator Type (300A,0348): no Type, VR CS, VM 1. Type of Range Modulator. See Section C.31.3.1 for Defined Terms."""

    BeamCurrentModulationID: Annotated[
        vr.SH | None, Attribute(0x300A034C, "SH", "1", None, name="Beam Current Modulation ID")
    ] = None
    """Beam Current Modulation ID (300A,034C): no Type, VR SH, VM 1. User-supplied identifier for the beam current modulation pattern."""

    ReferencedRangeModulatorNumber: Annotated[
        vr.IS | None,
        Attribute(0x300C0104, "IS", "1", None, name="Referenced Range Modulator Number"),
    ] = None
    """Referenced Range Modulator Number (300C,0104): no Type, VR IS, VM 1. Uniquely references Range Modulator described by Range Modulator Number (300A,0344) in Range Modulator Sequence (300A,0342)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RangeModulatorTypeTerm": ("dicomodel.enums.range_modulator_type", "RangeModulatorTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
