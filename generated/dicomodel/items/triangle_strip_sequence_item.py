"""Item class TriangleStripSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TriangleStripSequenceItem",
]


class TriangleStripSequenceItem(DicomModel):
    """An item of Triangle Strip Sequence (0066,0026), as first defined in Surface Mesh Primitives Macro Attributes (C.27-4)."""

    dicom_name: ClassVar[str] = "Triangle Strip Sequence"
    dicom_table: ClassVar[str] = "table_C.27-4"

    LongPrimitivePointIndexList: Annotated[
        vr.OL, Attribute(0x00660040, "OL", "1", "1", name="Long Primitive Point Index List")
    ]
    """Long Primitive Point Index List (0066,0040): Type 1, VR OL, VM 1. A list of point indices. See Section C.27.4.1."""
