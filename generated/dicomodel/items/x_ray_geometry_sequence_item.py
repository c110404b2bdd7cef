"""Item class XRayGeometrySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "XRayGeometrySequenceItem",
]


class XRayGeometrySequenceItem(DicomModel):
    """An item of X-Ray Geometry Sequence (0018,9476), as first defined in X-Ray Geometry Macro Attributes (C.8.19.6-14)."""

    dicom_name: ClassVar[str] = "X-Ray Geometry Sequence"
    dicom_table: ClassVar[str] = "table_C.8.19.6-14"

    DistanceSourceToIsocenter: Annotated[
        vr.FL, Attribute(0x00189402, "FL", "1", "1", name="Distance Source to Isocenter")
    ]
    """Distance Source to Isocenter (0018,9402): Type 1, VR FL, VM 1. Distance from source to isocenter in mm."""

    DistanceSourceToDetector: Annotated[
        vr.DS, Attribute(0x00181110, "DS", "1", "1", name="Distance Source to Detector")
    ]
    """Distance Source to Detector (0018,1110): Type 1, VR DS, VM 1. Distance from source to receptor plane perpendicular to the receptor plane in mm. This value is traditionally referred to as Source Image Receptor Distance (SID)."""
