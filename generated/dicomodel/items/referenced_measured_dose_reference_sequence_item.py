"""Item class ReferencedMeasuredDoseReferenceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedMeasuredDoseReferenceSequenceItem",
]


class ReferencedMeasuredDoseReferenceSequenceItem(DicomModel):
    """An item of Referenced Measured Dose Reference Sequence (3008,0080), as first defined in RT Beams Session Record Module Attributes (C.8-57)."""

    dicom_name: ClassVar[str] = "Referenced Measured Dose Reference Sequence"
    dicom_table: ClassVar[str] = "table_C.8-57"

    ReferencedDoseReferenceNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x300C0051,
            "IS",
            "1",
            "1C",
            name="Referenced Dose Reference Number",
            when=("not", ("present", 0x30080082)),
            otherwise="shall_not",
        ),
    ] = None
    """Referenced Dose Reference Number (300C,0051): Type 1C, VR IS, VM 1. Required if Referenced Measured Dose Reference Number (3008,0082) is not present. It shall not be present otherwise. Uniquely references Dose Reference specified by Dose Reference Number (300A,0012) in Dose Reference Sequence (300A,0010) in RT Prescription Module of referenced RT Plan."""

    ReferencedMeasuredDoseReferenceNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x30080082,
            "IS",
            "1",
            "1C",
            name="Referenced Measured Dose Reference Number",
            when=("not", ("present", 0x300C0051)),
            otherwise="shall_not",
        ),
    ] = None
    """Referenced Measured Dose Reference Number (3008,0082): Type 1C, VR IS, VM 1. Required if Referenced Dose Reference Number (300C,0051) is not present. It shall not be present otherwise. Uniquely references Measured Dose Reference specified by Measured Dose Reference Number (3008,0064) in Measured Dose Reference Sequence (3008,0010). Required if Referenced Dose Reference Number (300C,0051) is not present."""

    MeasuredDoseValue: Annotated[
        vr.DS, Attribute(0x30080016, "DS", "1", "1", name="Measured Dose Value")
    ]
    """Measured Dose Value (3008,0016): Type 1, VR DS, VM 1. Measured Dose in units specified by Dose Units (3004,0002) in Sequence referenced by Measured Dose Reference Sequence (3008,0010) or Dose Reference Sequence (300A,0010) in RT Prescription Module of referenced RT Plan as defined above."""
