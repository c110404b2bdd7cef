"""Item class ReferencedDosimetricObjectivesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedDosimetricObjectivesSequenceItem",
]


class ReferencedDosimetricObjectivesSequenceItem(DicomModel):
    """An item of Referenced Dosimetric Objectives Sequence (3010,0071), as first defined in RT Enhanced Prescription Module Attributes (C.36.6-1)."""

    dicom_name: ClassVar[str] = "Referenced Dosimetric Objectives Sequence"
    dicom_table: ClassVar[str] = "table_C.36.6-1"

    ReferencedDosimetricObjectiveUID: Annotated[
        vr.UI, Attribute(0x3010006F, "UI", "1", "1", name="Referenced Dosimetric Objective UID")
    ]
    """Referenced Dosimetric Objective UID (3010,006F): Type 1, VR UI, VM 1. Reference to a Dosimetric Objective UID (3010,006E) in the Dosimetric Objective Sequence (3010,006C)."""

    DosimetricObjectiveWeight: Annotated[
        vr.FD | None,
        Attribute(
            0x30100074,
            "FD",
            "1",
            "1C",
            name="Dosimetric Objective Weight",
            when=("value", 0x30100073, 0, "in", ("NO",)),
        ),
    ] = None
    """Dosimetric Objective Weight (3010,0074): Type 1C, VR FD, VM 1. Required if Absolute Dosimetric Objective Flag (3010,0073) is NO. Weight of importance to be applied to the Dosimetric Objective. A higher value means that this objective is more important. Values are only meaningful within the Items in this Sequence."""
