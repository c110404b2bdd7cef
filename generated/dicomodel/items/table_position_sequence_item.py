"""Item class TablePositionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TablePositionSequenceItem",
]


class TablePositionSequenceItem(DicomModel):
    """An item of Table Position Sequence (0018,9406), as first defined in X-Ray Table Position Macro Attributes (C.8.19.6-11)."""

    dicom_name: ClassVar[str] = "Table Position Sequence"
    dicom_table: ClassVar[str] = "table_C.8.19.6-11"

    TableTopVerticalPosition: Annotated[
        vr.DS, Attribute(0x300A0128, "DS", "1", "1", name="Table Top Vertical Position")
    ]
    """Table Top Vertical Position (300A,0128): Type 1, VR DS, VM 1. Table Top Vertical position with respect to an arbitrary chosen reference by the equipment in (mm). Table motion downwards is positive."""

    TableTopLongitudinalPosition: Annotated[
        vr.DS, Attribute(0x300A0129, "DS", "1", "1", name="Table Top Longitudinal Position")
    ]
    """Table Top Longitudinal Position (300A,0129): Type 1, VR DS, VM 1. Table Top Longitudinal position with respect to an arbitrary chosen reference by the equipment in (mm). Table motion towards LAO is positive assuming that the patient is positioned supine and its head is in normal position."""

    TableTopLateralPosition: Annotated[
        vr.DS, Attribute(0x300A012A, "DS", "1", "1", name="Table Top Lateral Position")
    ]
    """Table Top Lateral Position (300A,012A): Type 1, VR DS, VM 1. Table Top Lateral position with respect to an arbitrary chosen reference by the equipment in (mm). Table motion towards CRA is positive assuming that the patient is positioned supine and its head is in normal position."""

    TableHorizontalRotationAngle: Annotated[
        vr.FL, Attribute(0x00189469, "FL", "1", "1", name="Table Horizontal Rotation Angle")
    ]
    """Table Horizontal Rotation Angle (0018,9469): Type 1, VR FL, VM 1. Rotation of the table in the horizontal plane (clockwise when looking from above the table)."""

    TableHeadTiltAngle: Annotated[
        vr.FL, Attribute(0x00189470, "FL", "1", "1", name="Table Head Tilt Angle")
    ]
    """Table Head Tilt Angle (0018,9470): Type 1, VR FL, VM 1. Angle of the head-feet axis of the table in degrees relative to the horizontal plane. Positive values indicate that the head of the table is upwards."""

    TableCradleTiltAngle: Annotated[
        vr.FL, Attribute(0x00189471, "FL", "1", "1", name="Table Cradle Tilt Angle")
    ]
    """Table Cradle Tilt Angle (0018,9471): Type 1, VR FL, VM 1. Angle of the left-right axis of the table in degrees relative to the horizontal plane. Positive values indicate that the left of the table is upwards."""
