"""X-Ray Calibration Device Usage Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.calibration_sequence_item import (
        CalibrationSequenceItem as _CalibrationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CalibrationSequenceItem = Lazy(
        "dicomodel.items.calibration_sequence_item", "CalibrationSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.calibration_image import CalibrationImage as CalibrationImage
    from dicomodel.items.calibration_sequence_item import (
        CalibrationSequenceItem as CalibrationSequenceItem,
    )

__all__ = [
    "CalibrationImage",
    "CalibrationSequenceItem",
    "XRayCalibrationDeviceUsageMacro",
]


class XRayCalibrationDeviceUsageMacro(DicomModel):
    """X-Ray Calibration Device Usage Macro Attributes (PS3.3 Table C.8.19.6-6)."""

    dicom_name: ClassVar[str] = "X-Ray Calibration Device Usage"
    dicom_table: ClassVar[str] = "table_C.8.19.6-6"

    CalibrationSequence: Annotated[
        list[_CalibrationSequenceItem],
        Attribute(0x00189455, "SQ", "1", "1", name="Calibration Sequence"),
    ]
    """Calibration Sequence (0018,9455): Type 1, VR SQ, VM 1. Sequence containing the calibration flag for this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CalibrationImage": ("dicomodel.enums.calibration_image", "CalibrationImage"),
    "CalibrationSequenceItem": (
        "dicomodel.items.calibration_sequence_item",
        "CalibrationSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
