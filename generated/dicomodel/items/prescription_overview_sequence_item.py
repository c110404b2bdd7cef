"""Item class PrescriptionOverviewSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PrescriptionOverviewSequenceItem",
]


class PrescriptionOverviewSequenceItem(DicomModel):
    """An item of Prescription Overview Sequence (300C,0114), as first defined in RT Dose Module Attributes (C.8-39)."""

    dicom_name: ClassVar[str] = "Prescription Overview Sequence"
    dicom_table: ClassVar[str] = "table_C.8-39"

    EntityLongLabel: Annotated[
        vr.LO | None,
        Attribute(
            0x30100038,
            "LO",
            "1",
            "1C",
            name="Entity Long Label",
            when=("items", 0x300C0114, ">", 1),
            otherwise="may",
        ),
    ] = None
    """Entity Long Label (3010,0038): Type 1C, VR LO, VM 1. Required if Prescription Overview Sequence (300C,0114) has more than one Item. May be present otherwise. Label identifying the Prescription Overview. For example, this may be the name of the related target ROI or the description of a Dose Reference. Required if Prescription Overview Sequence (300C,0114) has more than one Item."""

    TotalPrescriptionDose: Annotated[
        vr.FL, Attribute(0x300C0115, "FL", "1", "1", name="Total Prescription Dose")
    ]
    """Total Prescription Dose (300C,0115): Type 1, VR FL, VM 1. Prescribed total dose in Gy for all fractions for the dose type defined in Dose Type (3004,0004)."""

    ReferencedROINumber: Annotated[
        vr.IS | None, Attribute(0x30060084, "IS", "1", "3", name="Referenced ROI Number")
    ] = None
    """Referenced ROI Number (3006,0084): Type 3, VR IS, VM 1. ROI for which the prescription parameters in this Sequence apply, specified by ROI Number (3006,0022) in the Instance referenced by Referenced Structure Set Sequence (300C,0060)."""
