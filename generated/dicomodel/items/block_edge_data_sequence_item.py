"""Item class BlockEdgeDataSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "BlockEdgeDataSequenceItem",
]


class BlockEdgeDataSequenceItem(DicomModel):
    """An item of Block Edge Data Sequence (300A,066F), as first defined in Blocks Definition Macro Attributes (C.36.2.2.13-1)."""

    dicom_name: ClassVar[str] = "Block Edge Data Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.2.13-1"

    BlockEdgeData: Annotated[vr.OF, Attribute(0x300A066B, "OF", "1", "1", name="Block Edge Data")]
    """Block Edge Data (300A,066B): Type 1, VR OF, VM 1. A data stream of coordinate pairs in mm representing a polygon which comprise the block edge. The polygon is implicitly closed from the last pair to the origin pair and all edges shall be non-intersecting except at the vertices."""
