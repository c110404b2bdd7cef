"""Item class AssessedSOPInstanceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class AssessedSOPInstanceSequenceItem(DicomModel):
    """An item of Assessed SOP Instance Sequence (0082,0004), as first defined in Content Assessment Results Module Attributes (C.33.1-1)."""

    dicom_name: ClassVar[str] = "Assessed SOP Instance Sequence"
    dicom_table: ClassVar[str] = "table_C.33.1-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedComparisonSOPInstanceSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(
            0x00820005,
            "SQ",
            "1",
            "1C",
            name="Referenced Comparison SOP Instance Sequence",
            when=("unknown", "names no attribute: the assessor used comparison SOP Instances"),
        ),
    ] = None
    """Referenced Comparison SOP Instance Sequence (0082,0005): Type 1C, VR SQ, VM 1. Required if the assessor used comparison SOP Instances. SOP Instance(s) used by the assessor to compare to the assessed SOP Instances. Required if the assessor used comparison SOP Instances. One or more Items shall be included in this Sequence."""
