"""Item class CalibrationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.calibration_image import CalibrationImageValue as _CalibrationImageValue
else:
    from dicomodel.lazy import Lazy

    _CalibrationImageValue = Lazy("dicomodel.enums.calibration_image", "CalibrationImageValue")

if TYPE_CHECKING:
    from dicomodel.enums.calibration_image import CalibrationImage as CalibrationImage

__all__ = [
    "CalibrationImage",
    "CalibrationSequenceItem",
]


class CalibrationSequenceItem(DicomModel):
    """An item of Calibration Sequence (0018,9455), as first defined in X-Ray Calibration Device Usage Macro Attributes (C.8.19.6-6)."""

    dicom_name: ClassVar[str] = "Calibration Sequence"
    dicom_table: ClassVar[str] = "table_C.8.19.6-6"

    CalibrationImage: Annotated[
        _CalibrationImageValue,
        Attribute(
            0x00500004, "CS", "1", "1", name="Calibration Image", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """Calibration Image (0050,0004): Type 1, VR CS, VM 1. Indicates whether a reference object (phantom) of known size is present in the frame and was used for calibration. Enumerated Values: YES NO Device is identified using the Device Module. See Section C.7.6.12."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CalibrationImage": ("dicomodel.enums.calibration_image", "CalibrationImage"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
