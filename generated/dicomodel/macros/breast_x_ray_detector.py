"""Breast X-Ray Detector Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.detector_position_sequence_item import (
        DetectorPositionSequenceItem as _DetectorPositionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DetectorPositionSequenceItem = Lazy(
        "dicomodel.items.detector_position_sequence_item", "DetectorPositionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.detector_position_sequence_item import (
        DetectorPositionSequenceItem as DetectorPositionSequenceItem,
    )

__all__ = [
    "BreastXRayDetectorMacro",
    "DetectorPositionSequenceItem",
]


class BreastXRayDetectorMacro(DicomModel):
    """Breast X-Ray Detector Macro Attributes (PS3.3 Table C.8.31.3-1)."""

    dicom_name: ClassVar[str] = "Breast X-Ray Detector"
    dicom_table: ClassVar[str] = "table_C.8.31.3-1"

    DetectorPositionSequence: Annotated[
        list[_DetectorPositionSequenceItem],
        Attribute(0x00189541, "SQ", "1", "1", name="Detector Position Sequence"),
    ]
    """Detector Position Sequence (0018,9541): Type 1, VR SQ, VM 1. A Sequence that describes the geometrical position of the detector. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DetectorPositionSequenceItem": (
        "dicomodel.items.detector_position_sequence_item",
        "DetectorPositionSequenceItem",
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
