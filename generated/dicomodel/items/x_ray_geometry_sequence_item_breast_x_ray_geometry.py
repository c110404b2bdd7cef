"""Item class XRayGeometrySequenceItemBreastXRayGeometry.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "XRayGeometrySequenceItemBreastXRayGeometry",
]


class XRayGeometrySequenceItemBreastXRayGeometry(DicomModel):
    """An item of X-Ray Geometry Sequence (0018,9476), as first defined in Breast X-Ray Geometry Macro Attributes (C.8.31.4-1)."""

    dicom_name: ClassVar[str] = "X-Ray Geometry Sequence"
    dicom_table: ClassVar[str] = "table_C.8.31.4-1"

    DistanceSourceToDetector: Annotated[
        vr.DS | None,
        Attribute(
            0x00181110,
            "DS",
            "1",
            "1C",
            name="Distance Source to Detector",
            when=("value", 0x00080068, 0, "in", ("FOR PROCESSING",)),
            otherwise="may",
        ),
    ] = None
    """Distance Source to Detector (0018,1110): Type 1C, VR DS, VM 1. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise. Distance in mm from source to detector center on the chest wall line. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise. This value is traditionally referred to as Source Image Distance (SID)."""

    DistanceSourceToPatient: Annotated[
        vr.DS | None,
        Attribute(
            0x00181111,
            "DS",
            "1",
            "1C",
            name="Distance Source to Patient",
            when=("value", 0x00080068, 0, "in", ("FOR PROCESSING",)),
            otherwise="may",
        ),
    ] = None
    """Distance Source to Patient (0018,1111): Type 1C, VR DS, VM 1. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise. Distance in mm from source to the Breast Support side that is closest to the Imaging Subject, as measured along the X-Ray beam vector. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise."""

    DistanceSourceToIsocenter: Annotated[
        vr.FL | None,
        Attribute(
            0x00189402,
            "FL",
            "1",
            "1C",
            name="Distance Source to Isocenter",
            when=("value", 0x00080068, 0, "in", ("FOR PROCESSING",)),
            otherwise="may",
        ),
    ] = None
    """Distance Source to Isocenter (0018,9402): Type 1C, VR FL, VM 1. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise. Distance from source to isocenter in mm. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise."""

    DistanceSourceToEntrance: Annotated[
        vr.DS | None, Attribute(0x00400306, "DS", "1", "3", name="Distance Source to Entrance")
    ] = None
    """Distance Source to Entrance (0040,0306): Type 3, VR DS, VM 1. Distance in mm from the source to the surface of the patient closest to the source during the acquisition of this image. This may be an estimated value based on assumptions about the patient's body size and habitus."""

    EstimatedRadiographicMagnificationFactor: Annotated[
        vr.DS,
        Attribute(0x00181114, "DS", "1", "1", name="Estimated Radiographic Magnification Factor"),
    ]
    """Estimated Radiographic Magnification Factor (0018,1114): Type 1, VR DS, VM 1. Ratio of Source Image Distance (SID) over Source Object Distance (SOD)."""
