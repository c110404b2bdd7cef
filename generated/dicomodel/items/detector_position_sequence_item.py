"""Item class DetectorPositionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "DetectorPositionSequenceItem",
]


class DetectorPositionSequenceItem(DicomModel):
    """An item of Detector Position Sequence (0018,9541), as first defined in Breast X-Ray Detector Macro Attributes (C.8.31.3-1)."""

    dicom_name: ClassVar[str] = "Detector Position Sequence"
    dicom_table: ClassVar[str] = "table_C.8.31.3-1"

    DetectorPrimaryAngle: Annotated[
        vr.DS | None,
        Attribute(
            0x00181530,
            "DS",
            "1",
            "1C",
            name="Detector Primary Angle",
            when=("unknown", "depends on the capabilities of the equipment"),
            otherwise="may",
        ),
    ] = None
    """Detector Primary Angle (0018,1530): Type 1C, VR DS, VM 1. Required if the detector can be moved in the row direction. May be present otherwise. Angle of the X-Ray beam in the row direction in degrees relative to the normal to the detector plane. Positive values indicate that the X-Ray beam is tilted toward higher numbered columns."""

    DetectorSecondaryAngle: Annotated[
        vr.DS | None,
        Attribute(
            0x00181531,
            "DS",
            "1",
            "1C",
            name="Detector Secondary Angle",
            when=("unknown", "depends on the capabilities of the equipment"),
            otherwise="may",
        ),
    ] = None
    """Detector Secondary Angle (0018,1531): Type 1C, VR DS, VM 1. Required if the detector can be moved in the column direction. May be present otherwise. Angle of the X-Ray beam in the column direction in degrees relative to the normal to the detector plane. Positive values indicate that the X-Ray beam is tilted toward lower numbered rows."""
