"""Item class AnimationCurveSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "AnimationCurveSequenceItem",
]


class AnimationCurveSequenceItem(DicomModel):
    """An item of Animation Curve Sequence (0070,1A04), as first defined in Presentation Animation Module Attributes (C.11.29-1)."""

    dicom_name: ClassVar[str] = "Animation Curve Sequence"
    dicom_table: ClassVar[str] = "table_C.11.29-1"

    NumberOfVolumetricCurvePoints: Annotated[
        vr.UL, Attribute(0x0070150C, "UL", "1", "1", name="Number of Volumetric Curve Points")
    ]
    """Number of Volumetric Curve Points (0070,150C): Type 1, VR UL, VM 1. Number of (x,y,z) points in Volumetric Curve Points (0070,150D)."""

    VolumetricCurvePoints: Annotated[
        vr.OD, Attribute(0x0070150D, "OD", "1", "1", name="Volumetric Curve Points")
    ]
    """Volumetric Curve Points (0070,150D): Type 1, VR OD, VM 1. Coordinates of points on the curve in the Volumetric Presentation State Reference Coordinate System, in mm. One triplet (x,y,z) shall be present for each point in the curve. See Section C.11.29.1. The points on the curve are samples."""

    VolumetricCurveUpDirections: Annotated[
        vr.OD | None,
        Attribute(
            0x00701A07,
            "OD",
            "1",
            "1C",
            name="Volumetric Curve Up Directions",
            when=("value", 0x00701A01, 0, "in", ("FLYTHROUGH",)),
        ),
    ] = None
    """Volumetric Curve Up Directions (0070,1A07): Type 1C, VR OD, VM 1. Required if Presentation Animation Style (0070,1A01) has a value of FLYTHROUGH. Direction cosines (xd,yd,zd) in the Volumetric Presentation State Reference Coordinate System defining the viewpoint up direction at each point in Volumetric Curve Points (0070,150D). See Section C.11.29.1."""
