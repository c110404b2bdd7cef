"""X-Ray Filter Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.x_ray_filter_sequence_item import XRayFilterSequenceItem
from dicomodel.model import Attribute, DicomModel


class XRayFilterMacro(DicomModel):
    """X-Ray Filter Macro Attributes (PS3.3 Table C.8.31.8-1)."""

    dicom_name: ClassVar[str] = "X-Ray Filter"
    dicom_table: ClassVar[str] = "table_C.8.31.8-1"

    XRayFilterSequence: Annotated[
        list[XRayFilterSequenceItem],
        Attribute(0x00189556, "SQ", "1", "1", name="X-Ray Filter Sequence"),
    ]
    """X-Ray Filter Sequence (0018,9556): Type 1, VR SQ, VM 1. A Sequence that describes the Attributes related to the filtration of X-Rays during image acquisition. Only a single Item shall be included in this Sequence."""
