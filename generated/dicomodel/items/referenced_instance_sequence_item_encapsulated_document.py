"""Item class ReferencedInstanceSequenceItemEncapsulatedDocument.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedInstanceSequenceItemEncapsulatedDocument",
]


class ReferencedInstanceSequenceItemEncapsulatedDocument(DicomModel):
    """An item of Referenced Instance Sequence (0008,114A), as first defined in Encapsulated Document Module Attributes (C.24-2)."""

    dicom_name: ClassVar[str] = "Referenced Instance Sequence"
    dicom_table: ClassVar[str] = "table_C.24-2"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    RelativeURIReferenceWithinEncapsulatedDocument: Annotated[
        vr.UR | None,
        Attribute(
            0x00687005,
            "UR",
            "1",
            "1C",
            name="Relative URI Reference Within Encapsulated Document",
            when=("unknown", "depends on what the encapsulated document references"),
        ),
    ] = None
    """Relative URI Reference Within Encapsulated Document (0068,7005): Type 1C, VR UR, VM 1. Required if the Encapsulated Document (0042,0011) contains a reference to the SOP Instance in this Item. The relative URI reference used in the encapsulated document to reference the SOP Instance in this Item. This may be used to maintain referential integrity between a set of related encapsulated documents."""
