"""X-Ray Calibration Device Usage Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.calibration_sequence_item import CalibrationSequenceItem
from dicomodel.model import Attribute, DicomModel


class XRayCalibrationDeviceUsageMacro(DicomModel):
    """X-Ray Calibration Device Usage Macro Attributes (PS3.3 Table C.8.19.6-6)."""

    dicom_name: ClassVar[str] = "X-Ray Calibration Device Usage"
    dicom_table: ClassVar[str] = "table_C.8.19.6-6"

    CalibrationSequence: Annotated[
        list[CalibrationSequenceItem],
        Attribute(0x00189455, "SQ", "1", "1", name="Calibration Sequence"),
    ]
    """Calibration Sequence (0018,9455): Type 1, VR SQ, VM 1. Sequence containing the calibration flag for this frame. Only a single Item shall be included in this Sequence."""
