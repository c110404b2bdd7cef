"""X-Ray Projection Pixel Calibration Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.projection_pixel_calibration_sequence_item import (
        ProjectionPixelCalibrationSequenceItem as _ProjectionPixelCalibrationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ProjectionPixelCalibrationSequenceItem = Lazy(
        "dicomodel.items.projection_pixel_calibration_sequence_item",
        "ProjectionPixelCalibrationSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.projection_pixel_calibration_sequence_item import (
        ProjectionPixelCalibrationSequenceItem as ProjectionPixelCalibrationSequenceItem,
    )

__all__ = [
    "ProjectionPixelCalibrationSequenceItem",
    "XRayProjectionPixelCalibrationMacro",
]


class XRayProjectionPixelCalibrationMacro(DicomModel):
    """X-Ray Projection Pixel Calibration Macro Attributes (PS3.3 Table C.8.19.6-9)."""

    dicom_name: ClassVar[str] = "X-Ray Projection Pixel Calibration"
    dicom_table: ClassVar[str] = "table_C.8.19.6-9"

    ProjectionPixelCalibrationSequence: Annotated[
        list[_ProjectionPixelCalibrationSequenceItem],
        Attribute(0x00189401, "SQ", "1", "1", name="Projection Pixel Calibration Sequence"),
    ]
    """Projection Pixel Calibration Sequence (0018,9401): Type 1, VR SQ, VM 1. A Sequence that describes the geometrical position of the patient relative to the equipment. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ProjectionPixelCalibrationSequenceItem": (
        "dicomodel.items.projection_pixel_calibration_sequence_item",
        "ProjectionPixelCalibrationSequenceItem",
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
