"""XRF Positioner Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "XRFPositionerModule",
]


class XRFPositionerModule(DicomModel):
    """XRF Positioner Module Attributes (PS3.3 Table C.8-31)."""

    dicom_name: ClassVar[str] = "XRF Positioner"
    dicom_table: ClassVar[str] = "table_C.8-31"

    DistanceSourceToDetector: Annotated[
        vr.DS | None, Attribute(0x00181110, "DS", "1", "3", name="Distance Source to Detector")
    ] = None
    """Distance Source to Detector (0018,1110): Type 3, VR DS, VM 1. Distance in mm from source to detector center. This value is traditionally referred to as Source Image Receptor Distance (SID)."""

    DistanceSourceToPatient: Annotated[
        vr.DS | None, Attribute(0x00181111, "DS", "1", "3", name="Distance Source to Patient")
    ] = None
    """Distance Source to Patient (0018,1111): Type 3, VR DS, VM 1. Distance in mm from source to center of field of view. This value is traditionally referred to as Source Object Distance (SOD)."""

    EstimatedRadiographicMagnificationFactor: Annotated[
        vr.DS | None,
        Attribute(0x00181114, "DS", "1", "3", name="Estimated Radiographic Magnification Factor"),
    ] = None
    """Estimated Radiographic Magnification Factor (0018,1114): Type 3, VR DS, VM 1. Ratio of SID (Source Image Receptor Distance) over SOD (Source Object Distance)."""

    ColumnAngulation: Annotated[
        vr.DS | None, Attribute(0x00181450, "DS", "1", "3", name="Column Angulation")
    ] = None
    """Column Angulation (0018,1450): Type 3, VR DS, VM 1. Angle of the X-Ray beam in degree relative to an orthogonal axis to the detector plane. Positive values indicate that the tilt is towards the head of the table. The detector plane is assumed to be parallel to the table plane."""
