"""Item class ApplicatorSequenceItemRTIonBeams.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.applicator_type import (
        ApplicatorTypeTermRTIonBeams as _ApplicatorTypeTermRTIonBeams,
    )
else:
    from dicomodel.lazy import Lazy

    _ApplicatorTypeTermRTIonBeams = Lazy(
        "dicomodel.enums.applicator_type", "ApplicatorTypeTermRTIonBeams"
    )

if TYPE_CHECKING:
    from dicomodel.enums.applicator_type import ApplicatorTypeTermRTIonBeams as ApplicatorTypeTerm

__all__ = [
    "ApplicatorSequenceItemRTIonBeams",
    "ApplicatorTypeTerm",
]


class ApplicatorSequenceItemRTIonBeams(DicomModel):
    """An item of Applicator Sequence (300A,0107), as first defined in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    dicom_name: ClassVar[str] = "Applicator Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.25-1"

    ApplicatorID: Annotated[vr.SH, Attribute(0x300A0108, "SH", "1", "1", name="Applicator ID")]
    """Applicator ID (300A,0108): Type 1, VR SH, VM 1. User or machine supplied identifier for Applicator."""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. An accessory identifier to be read by a device such as a bar code reader."""

    ApplicatorType: Annotated[
        _ApplicatorTypeTermRTIonBeams | vr.CS,
        Attribute(0x300A0109, "CS", "1", "1", name="Applicator Type"),
    ]
    """Applicator Type (300A,0109): Type 1, VR CS, VM 1. Type of applicator. Defined Terms: ION_SQUARE square ion applicator ION_RECT rectangular ion applicator ION_CIRC circular ion applicator ION_SHORT short ion applicator ION_OPEN open (dummy) ion applicator INTRAOPERATIVE intraoperative (cust..."""

    ApplicatorDescription: Annotated[
        vr.LO | None, Attribute(0x300A010A, "LO", "1", "3", name="Applicator Description")
    ] = None
    """Applicator Description (300A,010A): Type 3, VR LO, VM 1. User-defined description for Applicator."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApplicatorTypeTerm": ("dicomodel.enums.applicator_type", "ApplicatorTypeTermRTIonBeams"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
