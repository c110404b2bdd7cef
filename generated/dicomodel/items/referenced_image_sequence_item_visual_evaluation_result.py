"""Item class ReferencedImageSequenceItemVisualEvaluationResult.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import test_image_validation as _test_image_validation
from dicomodel.model import Attribute, DicomModel


class ReferencedImageSequenceItemVisualEvaluationResult(DicomModel):
    """An item of Referenced Image Sequence (0008,1140), as first defined in Visual Evaluation Result Macro Attributes (C.32.3.2-1)."""

    dicom_name: ClassVar[str] = "Referenced Image Sequence"
    dicom_table: ClassVar[str] = "table_C.32.3.2-1"

    TestImageValidation: Annotated[
        _test_image_validation.TestImageValidation | None,
        Attribute(
            0x0028702B,
            "CS",
            "1",
            "3",
            name="Test Image Validation",
            enumerated=((0, ("MATCHED", "UNMATCHED")),),
        ),
    ] = None
    """Test Image Validation (0028,702B): Type -, VR CS, VM 1. Indication of whether the test image was validated as matching the characteristics of the display system (e.g., resolution and bit depth)."""
