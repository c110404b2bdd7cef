"""Image Reference Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_sop_sequence_item_image_reference import (
    ReferencedSOPSequenceItemImageReference,
)
from dicomodel.model import Attribute, DicomModel


class ImageReferenceMacro(DicomModel):
    """Image Reference Macro Attributes (PS3.3 Table C.18.4-1)."""

    dicom_name: ClassVar[str] = "Image Reference"
    dicom_table: ClassVar[str] = "table_C.18.4-1"

    ReferencedSOPSequence: Annotated[
        list[ReferencedSOPSequenceItemImageReference],
        Attribute(0x00081199, "SQ", "1", "1", name="Referenced SOP Sequence"),
    ]
    """Referenced SOP Sequence (0008,1199): Type 1, VR SQ, VM 1. References to Composite Object SOP Class/SOP Instance pairs. Only a single Item shall be included in this Sequence."""
