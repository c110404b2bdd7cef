"""Item class RTTreatmentPhaseItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RTTreatmentPhaseItem",
]


class RTTreatmentPhaseItem(DicomModel):
    """An item of Intended RT Treatment Phase Sequence (3010,004B), as first defined in RT Treatment Phase Intent Module Attributes (C.36.7-1)."""

    dicom_name: ClassVar[str] = "Intended RT Treatment Phase Sequence"
    dicom_table: ClassVar[str] = "table_C.36.7-1"

    RTTreatmentPhaseIndex: Annotated[
        vr.US, Attribute(0x3010003A, "US", "1", "1", name="RT Treatment Phase Index")
    ]
    """RT Treatment Phase Index (3010,003A): Type 1, VR US, VM 1. Index of the RT Treatment Phase in the Sequence."""

    RTTreatmentPhaseUID: Annotated[
        vr.UI | None, Attribute(0x3010003B, "UI", "1", "2", name="RT Treatment Phase UID")
    ]
    """RT Treatment Phase UID (3010,003B): Type 2, VR UI, VM 1. A UID by which this RT Treatment Phase can be referenced."""

    EntityLabel: Annotated[vr.SH, Attribute(0x30100035, "SH", "1", "1", name="Entity Label")]
    """Entity Label (3010,0035): Type 1, VR SH, VM 1. User-defined label for this entity. See Section 10.31.1.1."""

    EntityName: Annotated[
        vr.LO | None, Attribute(0x30100036, "LO", "1", "3", name="Entity Name")
    ] = None
    """Entity Name (3010,0036): Type 3, VR LO, VM 1. User-defined name for this entity. See Section 10.31.1.2."""

    EntityDescription: Annotated[
        vr.ST | None, Attribute(0x30100037, "ST", "1", "3", name="Entity Description")
    ] = None
    """Entity Description (3010,0037): Type 3, VR ST, VM 1. User-defined description for this entity. See Section 10.31.1.2."""

    IntendedPhaseStartDate: Annotated[
        vr.DA | None, Attribute(0x3010004C, "DA", "1", "2", name="Intended Phase Start Date")
    ]
    """Intended Phase Start Date (3010,004C): Type 2, VR DA, VM 1. The date when this treatment phase is intended to start. See Section C.36.2.1.2.1.1."""

    IntendedPhaseEndDate: Annotated[
        vr.DA | None, Attribute(0x3010004D, "DA", "1", "2", name="Intended Phase End Date")
    ]
    """Intended Phase End Date (3010,004D): Type 2, VR DA, VM 1. The date when this treatment phase is intended to be completed. See Section C.36.2.1.2.1.1."""
