"""Patient Support Identification Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.patient_support_type import (
        PatientSupportTypeTerm as _PatientSupportTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _PatientSupportTypeTerm = Lazy("dicomodel.enums.patient_support_type", "PatientSupportTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.patient_support_type import (
        PatientSupportTypeTerm as PatientSupportTypeTerm,
    )

__all__ = [
    "PatientSupportIdentificationMacro",
    "PatientSupportTypeTerm",
]


class PatientSupportIdentificationMacro(DicomModel):
    """Patient Support Identification Macro Attributes (PS3.3 Table C.8.8.28-1)."""

    dicom_name: ClassVar[str] = "Patient Support Identification"
    dicom_table: ClassVar[str] = "table_C.8.8.28-1"

    PatientSupportType: Annotated[
        _PatientSupportTypeTerm | vr.CS,
        Attribute(0x300A0350, "CS", "1", "1", name="Patient Support Type"),
    ]
    """Patient Support Type (300A,0350): Type 1, VR CS, VM 1. Defined Terms: TABLE Treatment delivery system table CHAIR Treatment delivery system chair See Section C.8.8.25.6.3."""

    PatientSupportID: Annotated[
        vr.SH | None, Attribute(0x300A0352, "SH", "1", "3", name="Patient Support ID")
    ] = None
    """Patient Support ID (300A,0352): Type 3, VR SH, VM 1. User-specified identifier for manufacturer specific patient support devices."""

    PatientSupportAccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A0354, "LO", "1", "3", name="Patient Support Accessory Code")
    ] = None
    """Patient Support Accessory Code (300A,0354): Type 3, VR LO, VM 1. A Patient Support accessory identifier to be read by a device such as a bar code reader."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PatientSupportTypeTerm": ("dicomodel.enums.patient_support_type", "PatientSupportTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
