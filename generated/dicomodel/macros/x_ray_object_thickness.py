"""X-Ray Object Thickness Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.object_thickness_sequence_item import ObjectThicknessSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ObjectThicknessSequenceItem",
    "XRayObjectThicknessMacro",
]


class XRayObjectThicknessMacro(DicomModel):
    """X-Ray Object Thickness Macro Attributes (PS3.3 Table C.8.19.6-7)."""

    dicom_name: ClassVar[str] = "X-Ray Object Thickness"
    dicom_table: ClassVar[str] = "table_C.8.19.6-7"

    ObjectThicknessSequence: Annotated[
        list[ObjectThicknessSequenceItem],
        Attribute(0x00189456, "SQ", "1", "1", name="Object Thickness Sequence"),
    ]
    """Object Thickness Sequence (0018,9456): Type 1, VR SQ, VM 1. Sequence containing object thickness for this frame. Only a single Item shall be included in this Sequence."""
