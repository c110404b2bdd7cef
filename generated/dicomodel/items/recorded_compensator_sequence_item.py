"""Item class RecordedCompensatorSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.compensator_type import CompensatorTypeTerm as _CompensatorTypeTerm
else:
    from dicomodel.lazy import Lazy

    _CompensatorTypeTerm = Lazy("dicomodel.enums.compensator_type", "CompensatorTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.compensator_type import CompensatorTypeTerm as CompensatorTypeTerm

__all__ = [
    "CompensatorTypeTerm",
    "RecordedCompensatorSequenceItem",
]


class RecordedCompensatorSequenceItem(DicomModel):
    """An item of Recorded Compensator Sequence (3008,00C0), as first defined in RT Beams Session Record Module Attributes (C.8-57)."""

    dicom_name: ClassVar[str] = "Recorded Compensator Sequence"
    dicom_table: ClassVar[str] = "table_C.8-57"

    ReferencedCompensatorNumber: Annotated[
        vr.IS, Attribute(0x300C00D0, "IS", "1", "1", name="Referenced Compensator Number")
    ]
    """Referenced Compensator Number (300C,00D0): Type 1, VR IS, VM 1. Uniquely identifies compensator specified by Compensator Number (300A,00E4) within Beam referenced by Referenced Beam Number (300C,0006)."""

    CompensatorType: Annotated[
        _CompensatorTypeTerm | vr.CS | None,
        Attribute(0x300A00EE, "CS", "1", "2", name="Compensator Type"),
    ]
    """Compensator Type (300A,00EE): Type 2, VR CS, VM 1. Type of compensator (if any). Defined Terms: STANDARD physical (static) compensator DYNAMIC moving Beam Limiting Device (collimator) simulating compensator"""

    CompensatorID: Annotated[
        vr.SH | None, Attribute(0x300A00E5, "SH", "1", "3", name="Compensator ID")
    ] = None
    """Compensator ID (300A,00E5): Type 3, VR SH, VM 1. User-supplied identifier for compensator."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An identifier for the Compensator intended to be read by a device such as a bar-code reader."""

    CompensatorTrayID: Annotated[
        vr.SH | None, Attribute(0x300A00EF, "SH", "1", "3", name="Compensator Tray ID")
    ] = None
    """Compensator Tray ID (300A,00EF): Type 3, VR SH, VM 1. User-supplied identifier for compensator tray."""

    TrayAccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A0355, "LO", "1", "3", name="Tray Accessory Code")
    ] = None
    """Tray Accessory Code (300A,0355): Type 3, VR LO, VM 1. An identifier for the Tray intended to be read by a device such as a bar-code reader."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CompensatorTypeTerm": ("dicomodel.enums.compensator_type", "CompensatorTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
