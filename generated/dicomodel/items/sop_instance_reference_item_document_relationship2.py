"""Item class SOPInstanceReferenceItemDocumentRelationship2.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SOPInstanceReferenceItemDocumentRelationship2",
]


class SOPInstanceReferenceItemDocumentRelationship2(DicomModel):
    """An item of Referenced SOP Sequence (0008,1199), as first defined in Document Relationship Macro Attributes (C.17-6)."""

    dicom_name: ClassVar[str] = "Referenced SOP Sequence"
    dicom_table: ClassVar[str] = "table_C.17-6"

    ReferencedSOPClassUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00081150,
            "UI",
            "1",
            "1C",
            name="Referenced SOP Class UID",
            when=(
                "and",
                (
                    "unknown",
                    "names no attribute: the Target Content Item is included by-value in the Source Content Item",
                ),
                ("value", 0x0040A040, 0, "in", ("IMAGE",)),
            ),
        ),
    ] = None
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00081155,
            "UI",
            "1",
            "1C",
            name="Referenced SOP Instance UID",
            when=(
                "and",
                (
                    "unknown",
                    "names no attribute: the Target Content Item is included by-value in the Source Content Item",
                ),
                ("value", 0x0040A040, 0, "in", ("IMAGE",)),
            ),
        ),
    ] = None
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""
