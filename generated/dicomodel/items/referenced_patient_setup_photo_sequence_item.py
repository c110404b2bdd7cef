"""Item class ReferencedPatientSetupPhotoSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedPatientSetupPhotoSequenceItem",
]


class ReferencedPatientSetupPhotoSequenceItem(DicomModel):
    """An item of Referenced Patient Setup Photo Sequence (300A,078C), as first defined in RT Patient Treatment Preparation Macro Attributes (C.36.2.3.4-1)."""

    dicom_name: ClassVar[str] = "Referenced Patient Setup Photo Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.3.4-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    PatientSetupPhotoDescription: Annotated[
        vr.LT | None, Attribute(0x300A0794, "LT", "1", "2", name="Patient Setup Photo Description")
    ]
    """Patient Setup Photo Description (300A,0794): Type 2, VR LT, VM 1. User-defined description of patient setup photo."""

    ReferencedPatientSetupProcedureIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A0796,
            "US",
            "1",
            "1C",
            name="Referenced Patient Setup Procedure Index",
            when=(
                "unknown",
                "names no attribute: this Patient Setup Photo is associated with a Patient Treatment Preparation Procedure",
            ),
        ),
    ] = None
    """Referenced Patient Setup Procedure Index (300A,0796): Type 1C, VR US, VM 1. Required if this Patient Setup Photo is associated with a Patient Treatment Preparation Procedure. The value of Patient Treatment Preparation Procedure Index (300A,0795) from Patient Treatment Preparation Procedure Sequence (300A,0790) corresponding to the Patient Treatment Preparation Procedure to which this Sequence Item refers."""
