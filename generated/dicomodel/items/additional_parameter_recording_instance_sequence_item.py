"""Item class AdditionalParameterRecordingInstanceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "AdditionalParameterRecordingInstanceSequenceItem",
]


class AdditionalParameterRecordingInstanceSequenceItem(DicomModel):
    """An item of Additional Parameter Recording Instance Sequence (300A,0780), as first defined in RT Radiation Record Common Module Attributes (C.36.22-1)."""

    dicom_name: ClassVar[str] = "Additional Parameter Recording Instance Sequence"
    dicom_table: ClassVar[str] = "table_C.36.22-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    CreatorVersionUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00089123,
            "UI",
            "1",
            "1C",
            name="Creator-Version UID",
            when=("value", 0x00081150, 0, "in", ("1.2.840.10008.5.1.4.1.1.66",)),
            otherwise="may",
        ),
    ] = None
    """Creator-Version UID (0008,9123): Type 1C, VR UI, VM 1. Required if the Referenced SOP Class UID (0008,1150) is Raw Data Storage (\"1.2.840.10008.5.1.4.1.1.66\"). May be present otherwise. Unique identification of the equipment and version of the software that has created the referenced Instance that contains the additional parameters."""
