"""Item class RangeModulatorSequenceItem.

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
    "RangeModulatorSequenceItem",
    "RangeModulatorTypeTerm",
]


class RangeModulatorSequenceItem(DicomModel):
    """An item of Range Modulator Sequence (300A,0342), as first defined in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    dicom_name: ClassVar[str] = "Range Modulator Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.25-1"

    RangeModulatorNumber: Annotated[
        vr.IS, Attribute(0x300A0344, "IS", "1", "1", name="Range Modulator Number")
    ]
    """Range Modulator Number (300A,0344): Type 1, VR IS, VM 1. Identification number of the Range Modulator. The value of Range Modulator Number (300A,0344) shall be unique within the Beam in which it is created."""

    RangeModulatorID: Annotated[
        vr.SH, Attribute(0x300A0346, "SH", "1", "1", name="Range Modulator ID")
    ]
    """Range Modulator ID (300A,0346): Type 1, VR SH, VM 1. User or machine supplied identifier for Range Modulator."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An accessory identifier to be read by a device such as a bar code reader."""

    RangeModulatorType: Annotated[
        _RangeModulatorTypeTerm | vr.CS,
        Attribute(0x300A0348, "CS", "1", "1", name="Range Modulator Type"),
    ]
    """Range Modulator Type (300A,0348): Type 1, VR CS, VM 1. Type of Range Modulator. Defined Terms: FIXED fixed modulation width and weights using ridge filter or constant speed wheel with constant beam current WHL_FIXEDWEIGHTS selected wheel/track (Range Modulator ID) is spinning at constant speed...."""

    RangeModulatorDescription: Annotated[
        vr.LO | None, Attribute(0x300A034A, "LO", "1", "3", name="Range Modulator Description")
    ] = None
    """Range Modulator Description (300A,034A): Type 3, VR LO, VM 1. User-defined description of Range Modulator."""

    BeamCurrentModulationID: Annotated[
        vr.SH | None,
        Attribute(
            0x300A034C,
            "SH",
            "1",
            "1C",
            name="Beam Current Modulation ID",
            when=("value", 0x300A0348, 0, "in", ("WHL_MODWEIGHTS",)),
        ),
    ] = None
    """Beam Current Modulation ID (300A,034C): Type 1C, VR SH, VM 1. Required if Range Modulator Type (300A,0348) is WHL_MODWEIGHTS. User-supplied identifier for the beam current modulation pattern. Required if Range Modulator Type (300A,0348) is WHL_MODWEIGHTS."""


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
