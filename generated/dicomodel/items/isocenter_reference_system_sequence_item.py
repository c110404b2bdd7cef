"""Item class IsocenterReferenceSystemSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "IsocenterReferenceSystemSequenceItem",
]


class IsocenterReferenceSystemSequenceItem(DicomModel):
    """An item of Isocenter Reference System Sequence (0018,9462), as first defined in X-Ray Isocenter Reference System Macro Attributes (C.8.19.6-13)."""

    dicom_name: ClassVar[str] = "Isocenter Reference System Sequence"
    dicom_table: ClassVar[str] = "table_C.8.19.6-13"

    PositionerIsocenterPrimaryAngle: Annotated[
        vr.FL, Attribute(0x00189463, "FL", "1", "1", name="Positioner Isocenter Primary Angle")
    ]
    """Positioner Isocenter Primary Angle (0018,9463): Type 1, VR FL, VM 1. Position of the X-Ray center beam in the isocenter reference system in the X direction (deg). See Section C.8.19.6.13.1.2 for further explanation."""

    PositionerIsocenterSecondaryAngle: Annotated[
        vr.FL, Attribute(0x00189464, "FL", "1", "1", name="Positioner Isocenter Secondary Angle")
    ]
    """Positioner Isocenter Secondary Angle (0018,9464): Type 1, VR FL, VM 1. Position of the X-Ray center beam in the isocenter reference system in the Z direction (deg). See Section C.8.19.6.13.1.2 for further explanation."""

    PositionerIsocenterDetectorRotationAngle: Annotated[
        vr.FL,
        Attribute(0x00189465, "FL", "1", "1", name="Positioner Isocenter Detector Rotation Angle"),
    ]
    """Positioner Isocenter Detector Rotation Angle (0018,9465): Type 1, VR FL, VM 1. Rotation of the X-Ray detector plane (deg). See Section C.8.19.6.13.1.2 for further explanation."""

    TableXPositionToIsocenter: Annotated[
        vr.FL, Attribute(0x00189466, "FL", "1", "1", name="Table X Position to Isocenter")
    ]
    """Table X Position to Isocenter (0018,9466): Type 1, VR FL, VM 1. X position of the Table Reference Point with respect to the Isocenter (mm). See Section C.8.19.6.13.1.3 for further explanation."""

    TableYPositionToIsocenter: Annotated[
        vr.FL, Attribute(0x00189467, "FL", "1", "1", name="Table Y Position to Isocenter")
    ]
    """Table Y Position to Isocenter (0018,9467): Type 1, VR FL, VM 1. Y position of the Table Reference Point with respect to the Isocenter (mm). See Section C.8.19.6.13.1.3 for further explanation."""

    TableZPositionToIsocenter: Annotated[
        vr.FL, Attribute(0x00189468, "FL", "1", "1", name="Table Z Position to Isocenter")
    ]
    """Table Z Position to Isocenter (0018,9468): Type 1, VR FL, VM 1. Z position of the Table Reference Point with respect to the Isocenter (mm). See Section C.8.19.6.13.1.3 for further explanation."""

    TableHorizontalRotationAngle: Annotated[
        vr.FL, Attribute(0x00189469, "FL", "1", "1", name="Table Horizontal Rotation Angle")
    ]
    """Table Horizontal Rotation Angle (0018,9469): Type 1, VR FL, VM 1. Rotation of the table in the horizontal plane. See Section C.8.19.6.13.1.3 for further explanation."""

    TableHeadTiltAngle: Annotated[
        vr.FL, Attribute(0x00189470, "FL", "1", "1", name="Table Head Tilt Angle")
    ]
    """Table Head Tilt Angle (0018,9470): Type 1, VR FL, VM 1. Angle of the head-feet axis of the table in degrees relative to the horizontal plane. See Section C.8.19.6.13.1.3 for further explanation."""

    TableCradleTiltAngle: Annotated[
        vr.FL, Attribute(0x00189471, "FL", "1", "1", name="Table Cradle Tilt Angle")
    ]
    """Table Cradle Tilt Angle (0018,9471): Type 1, VR FL, VM 1. Angle of the left-right axis of the table in degrees relative to the horizontal plane. See Section C.8.19.6.13.1.3 for further explanation."""
