"""X-Ray Projection Pixel Calibration Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.projection_pixel_calibration_sequence_item import (
    ProjectionPixelCalibrationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ProjectionPixelCalibrationSequenceItem",
    "XRayProjectionPixelCalibrationMacro",
]


class XRayProjectionPixelCalibrationMacro(DicomModel):
    """X-Ray Projection Pixel Calibration Macro Attributes (PS3.3 Table C.8.19.6-9)."""

    dicom_name: ClassVar[str] = "X-Ray Projection Pixel Calibration"
    dicom_table: ClassVar[str] = "table_C.8.19.6-9"

    ProjectionPixelCalibrationSequence: Annotated[
        list[ProjectionPixelCalibrationSequenceItem],
        Attribute(0x00189401, "SQ", "1", "1", name="Projection Pixel Calibration Sequence"),
    ]
    """Projection Pixel Calibration Sequence (0018,9401): Type 1, VR SQ, VM 1. A Sequence that describes the geometrical position of the patient relative to the equipment. Only a single Item shall be included in this Sequence."""
