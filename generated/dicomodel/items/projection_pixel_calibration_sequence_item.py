"""Item class ProjectionPixelCalibrationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ProjectionPixelCalibrationSequenceItem",
]


class ProjectionPixelCalibrationSequenceItem(DicomModel):
    """An item of Projection Pixel Calibration Sequence (0018,9401), as first defined in X-Ray Projection Pixel Calibration Macro Attributes (C.8.19.6-9)."""

    dicom_name: ClassVar[str] = "Projection Pixel Calibration Sequence"
    dicom_table: ClassVar[str] = "table_C.8.19.6-9"

    DistanceObjectToTableTop: Annotated[
        vr.FL | None, Attribute(0x00189403, "FL", "1", "2", name="Distance Object to Table Top")
    ]
    """Distance Object to Table Top (0018,9403): Type 2, VR FL, VM 1. Distance between the anatomic region of interest of observation and table top in mm. This value is always positive, the object is assumed to be above the table."""

    ObjectPixelSpacingInCenterOfBeam: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x00189404,
            "FL",
            "2",
            "1C",
            name="Object Pixel Spacing in Center of Beam",
            when=("has_value", 0x00189403),
        ),
    ] = None
    """Object Pixel Spacing in Center of Beam (0018,9404): Type 1C, VR FL, VM 2. Required if Distance Object to Table Top (0018,9403) is not empty. Physical distance within the anatomic region of interest in the center of the beam and perpendicular to the beam between the center of each pixel, specified by a numeric pair adjacent row spacing (delimiter) adjacent column spacing in mm."""

    TableHeight: Annotated[
        vr.DS | None,
        Attribute(
            0x00181130,
            "DS",
            "1",
            "1C",
            name="Table Height",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Table Height (0018,1130): Type 1C, VR DS, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL, may be present otherwise. The distance of the top of the patient table to the center of rotation of the source (i.e., the isocenter) in mm. A positive value indicates that the tabletop is below the isocenter."""

    BeamAngle: Annotated[
        vr.FL | None,
        Attribute(
            0x00189449,
            "FL",
            "1",
            "1C",
            name="Beam Angle",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Beam Angle (0018,9449): Type 1C, VR FL, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL, may be present otherwise. The equipment related angle in degrees of the X-Ray beam relative to the perpendicular to the tabletop plane. An angle from 0 to +90 degrees indicates that the X-Ray source is below the table. The valid range is 0 to +180 degrees."""
