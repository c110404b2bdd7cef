"""Item class ReferencedImageSequenceItemVisualEvaluationResult.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.test_image_validation import (
        TestImageValidationValue as _TestImageValidationValue,
    )
else:
    from dicomodel.lazy import Lazy

    _TestImageValidationValue = Lazy(
        "dicomodel.enums.test_image_validation", "TestImageValidationValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.test_image_validation import TestImageValidation as TestImageValidation

__all__ = [
    "ReferencedImageSequenceItemVisualEvaluationResult",
    "TestImageValidation",
]


class ReferencedImageSequenceItemVisualEvaluationResult(DicomModel):
    """An item of Referenced Image Sequence (0008,1140), as first defined in Visual Evaluation Result Macro Attributes (C.32.3.2-1)."""

    dicom_name: ClassVar[str] = "Referenced Image Sequence"
    dicom_table: ClassVar[str] = "table_C.32.3.2-1"

    TestImageValidation: Annotated[
        _TestImageValidationValue | None,
        Attribute(
            0x0028702B,
            "CS",
            "1",
            None,
            name="Test Image Validation",
            enumerated=((0, ("MATCHED", "UNMATCHED")),),
        ),
    ] = None
    """Test Image Validation (0028,702B): no Type, VR CS, VM 1. Indication of whether the test image was validated as matching the characteristics of the display system (e.g., resolution and bit depth)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "TestImageValidation": ("dicomodel.enums.test_image_validation", "TestImageValidation"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
