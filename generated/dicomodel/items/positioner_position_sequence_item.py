"""Item class PositionerPositionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PositionerPositionSequenceItem",
]


class PositionerPositionSequenceItem(DicomModel):
    """An item of Positioner Position Sequence (0018,9405), as first defined in X-Ray Positioner Macro Attributes (C.8.19.6-10)."""

    dicom_name: ClassVar[str] = "Positioner Position Sequence"
    dicom_table: ClassVar[str] = "table_C.8.19.6-10"

    PositionerPrimaryAngle: Annotated[
        vr.DS | None,
        Attribute(
            0x00181510,
            "DS",
            "1",
            "1C",
            name="Positioner Primary Angle",
            when=("value", 0x00181508, 0, "in", ("CARM",)),
        ),
    ] = None
    """Positioner Primary Angle (0018,1510): Type 1C, VR DS, VM 1. Required if Positioner Type (0018,1508) equals CARM. Position of the X-Ray Image Intensifier about the patient from the RAO to LAO direction where movement from RAO to vertical is positive. See Section C.8.7.5.1.2. Required if Positioner Type (0018,1508) equals CARM."""

    PositionerSecondaryAngle: Annotated[
        vr.DS | None,
        Attribute(
            0x00181511,
            "DS",
            "1",
            "1C",
            name="Positioner Secondary Angle",
            when=("value", 0x00181508, 0, "in", ("CARM",)),
        ),
    ] = None
    """Positioner Secondary Angle (0018,1511): Type 1C, VR DS, VM 1. Required if Positioner Type (0018,1508) equals CARM. Position of the X-Ray Image Intensifier about the patient from the CAU to CRA direction where movement from CAU to vertical is positive. See Section C.8.7.5.1.2 Required if Positioner Type (0018,1508) equals CARM."""

    ColumnAngulationPatient: Annotated[
        vr.FL | None,
        Attribute(
            0x00189447,
            "FL",
            "1",
            "1C",
            name="Column Angulation (Patient)",
            when=("value", 0x00181508, 0, "in", ("COLUMN",)),
        ),
    ] = None
    """Column Angulation (Patient) (0018,9447): Type 1C, VR FL, VM 1. Required if Positioner Type (0018,1508) equals COLUMN. Angle of the X-Ray beam in degree relative to an orthogonal axis to the detector plane. Positive values indicate that the tilt is towards the head of the patient."""
