"""Item class CalibrationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import calibration_image as _calibration_image
from dicomodel.model import Attribute, DicomModel


class CalibrationSequenceItem(DicomModel):
    """An item of Calibration Sequence (0018,9455), as first defined in X-Ray Calibration Device Usage Macro Attributes (C.8.19.6-6)."""

    dicom_name: ClassVar[str] = "Calibration Sequence"
    dicom_table: ClassVar[str] = "table_C.8.19.6-6"

    CalibrationImage: Annotated[
        _calibration_image.CalibrationImage,
        Attribute(
            0x00500004, "CS", "1", "1", name="Calibration Image", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """Calibration Image (0050,0004): Type 1, VR CS, VM 1. Indicates whether a reference object (phantom) of known size is present in the frame and was used for calibration. Enumerated Values: YES NO Device is identified using the Device Module. See Section C.7.6.12."""
