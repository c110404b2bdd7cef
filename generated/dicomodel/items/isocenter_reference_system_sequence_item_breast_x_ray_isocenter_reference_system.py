"""Item class IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem",
]


class IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem(DicomModel):
    """An item of Isocenter Reference System Sequence (0018,9462), as first defined in Breast X-Ray Isocenter Reference System Macro Attributes (C.8.31.6-1)."""

    dicom_name: ClassVar[str] = "Isocenter Reference System Sequence"
    dicom_table: ClassVar[str] = "table_C.8.31.6-1"

    XRaySourceIsocenterPrimaryAngle: Annotated[
        vr.FD, Attribute(0x00189543, "FD", "1", "1", name="X-Ray Source Isocenter Primary Angle")
    ]
    """X-Ray Source Isocenter Primary Angle (0018,9543): Type 1, VR FD, VM 1. Primary angle of the X-Ray source in the isocenter reference system (deg). See C.8.31.6.1.2 for further explanation."""

    XRaySourceIsocenterSecondaryAngle: Annotated[
        vr.FD, Attribute(0x00189544, "FD", "1", "1", name="X-Ray Source Isocenter Secondary Angle")
    ]
    """X-Ray Source Isocenter Secondary Angle (0018,9544): Type 1, VR FD, VM 1. Secondary angle of the X-Ray source in the isocenter reference system (deg). See C.8.31.6.1.2 for further explanation."""

    BreastSupportIsocenterPrimaryAngle: Annotated[
        vr.FD, Attribute(0x00189545, "FD", "1", "1", name="Breast Support Isocenter Primary Angle")
    ]
    """Breast Support Isocenter Primary Angle (0018,9545): Type 1, VR FD, VM 1. Primary angle of the Breast Support in the isocenter reference system (deg). See C.8.31.6.1.3 for further explanation."""

    BreastSupportIsocenterSecondaryAngle: Annotated[
        vr.FD,
        Attribute(0x00189546, "FD", "1", "1", name="Breast Support Isocenter Secondary Angle"),
    ]
    """Breast Support Isocenter Secondary Angle (0018,9546): Type 1, VR FD, VM 1. Secondary angle of the Breast Support in the isocenter reference system (deg). See C.8.31.6.1.3 for further explanation."""

    BreastSupportXPositionToIsocenter: Annotated[
        vr.FD | None,
        Attribute(
            0x00189547,
            "FD",
            "1",
            "1C",
            name="Breast Support X Position to Isocenter",
            when=("value", 0x00080068, 0, "in", ("FOR PROCESSING",)),
            otherwise="may",
        ),
    ] = None
    """Breast Support X Position to Isocenter (0018,9547): Type 1C, VR FD, VM 1. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise. X position of the Breast Support Reference Point with respect to the Isocenter (mm). See C.8.31.6.1.3 for further explanation. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise."""

    BreastSupportYPositionToIsocenter: Annotated[
        vr.FD | None,
        Attribute(
            0x00189548,
            "FD",
            "1",
            "1C",
            name="Breast Support Y Position to Isocenter",
            when=("value", 0x00080068, 0, "in", ("FOR PROCESSING",)),
            otherwise="may",
        ),
    ] = None
    """Breast Support Y Position to Isocenter (0018,9548): Type 1C, VR FD, VM 1. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise. Y position of the Breast Support Reference Point with respect to the Isocenter (mm). See C.8.31.6.1.3 for further explanation. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise."""

    BreastSupportZPositionToIsocenter: Annotated[
        vr.FD | None,
        Attribute(
            0x00189549,
            "FD",
            "1",
            "1C",
            name="Breast Support Z Position to Isocenter",
            when=("value", 0x00080068, 0, "in", ("FOR PROCESSING",)),
            otherwise="may",
        ),
    ] = None
    """Breast Support Z Position to Isocenter (0018,9549): Type 1C, VR FD, VM 1. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise. Z position of the Breast Support Reference Point with respect to the Isocenter (mm). See C.8.31.6.1.3 for further explanation. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise."""

    DetectorIsocenterPrimaryAngle: Annotated[
        vr.FD, Attribute(0x00189550, "FD", "1", "1", name="Detector Isocenter Primary Angle")
    ]
    """Detector Isocenter Primary Angle (0018,9550): Type 1, VR FD, VM 1. Primary angle of the Detector in the isocenter reference system (deg). See C.8.31.6.1.4 for further explanation."""

    DetectorIsocenterSecondaryAngle: Annotated[
        vr.FD, Attribute(0x00189551, "FD", "1", "1", name="Detector Isocenter Secondary Angle")
    ]
    """Detector Isocenter Secondary Angle (0018,9551): Type 1, VR FD, VM 1. Secondary angle of the Detector in the in the isocenter reference system (deg). See C.8.31.6.1.4 for further explanation."""

    DetectorXPositionToIsocenter: Annotated[
        vr.FD | None,
        Attribute(
            0x00189552,
            "FD",
            "1",
            "1C",
            name="Detector X Position to Isocenter",
            when=("value", 0x00080068, 0, "in", ("FOR PROCESSING",)),
            otherwise="may",
        ),
    ] = None
    """Detector X Position to Isocenter (0018,9552): Type 1C, VR FD, VM 1. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise. X position of the Detector Reference Point with respect to the Isocenter (mm). See C.8.31.6.1.4 for further explanation. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise."""

    DetectorYPositionToIsocenter: Annotated[
        vr.FD | None,
        Attribute(
            0x00189553,
            "FD",
            "1",
            "1C",
            name="Detector Y Position to Isocenter",
            when=("value", 0x00080068, 0, "in", ("FOR PROCESSING",)),
            otherwise="may",
        ),
    ] = None
    """Detector Y Position to Isocenter (0018,9553): Type 1C, VR FD, VM 1. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise. Y position of the Detector Reference Point with respect to the Isocenter (mm). See C.8.31.6.1.4 for further explanation. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise."""

    DetectorZPositionToIsocenter: Annotated[
        vr.FD | None,
        Attribute(
            0x00189554,
            "FD",
            "1",
            "1C",
            name="Detector Z Position to Isocenter",
            when=("value", 0x00080068, 0, "in", ("FOR PROCESSING",)),
            otherwise="may",
        ),
    ] = None
    """Detector Z Position to Isocenter (0018,9554): Type 1C, VR FD, VM 1. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise. Z position of the Detector Reference Point with respect to the Isocenter (mm). See C.8.31.6.1.4 for further explanation. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise."""

    DetectorActiveAreaTLHCPosition: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00189557,
            "FD",
            "3",
            "1C",
            name="Detector Active Area TLHC Position",
            when=("value", 0x00080068, 0, "in", ("FOR PROCESSING",)),
            otherwise="may",
        ),
    ] = None
    """Detector Active Area TLHC Position (0018,9557): Type 1C, VR FD, VM 3. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise. The x, y, and z coordinates in mm of the center of the top left hand corner detector element of the detector active area in the Detector coordinate system. See C.8.31.6.1.5 for further explanation."""

    DetectorActiveAreaOrientation: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00189558,
            "FD",
            "6",
            "1C",
            name="Detector Active Area Orientation",
            when=("value", 0x00080068, 0, "in", ("FOR PROCESSING",)),
            otherwise="may",
        ),
    ] = None
    """Detector Active Area Orientation (0018,9558): Type 1C, VR FD, VM 6. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING. May be present otherwise. The direction cosines of the first row and the first column with respect to the Detector coordinate system. See C.8.31.6.1.5 for further explanation. Required if Presentation Intent Type (0008,0068) = FOR PROCESSING."""
