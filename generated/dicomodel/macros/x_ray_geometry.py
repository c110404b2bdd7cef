"""X-Ray Geometry Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.x_ray_geometry_sequence_item import XRayGeometrySequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "XRayGeometryMacro",
    "XRayGeometrySequenceItem",
]


class XRayGeometryMacro(DicomModel):
    """X-Ray Geometry Macro Attributes (PS3.3 Table C.8.19.6-14)."""

    dicom_name: ClassVar[str] = "X-Ray Geometry"
    dicom_table: ClassVar[str] = "table_C.8.19.6-14"

    XRayGeometrySequence: Annotated[
        list[XRayGeometrySequenceItem],
        Attribute(0x00189476, "SQ", "1", "1", name="X-Ray Geometry Sequence"),
    ]
    """X-Ray Geometry Sequence (0018,9476): Type 1, VR SQ, VM 1. Sequence containing the geometric properties for this frame. Only a single Item shall be included in this Sequence."""
