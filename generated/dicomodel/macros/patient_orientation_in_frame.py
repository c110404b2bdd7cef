"""Patient Orientation in Frame Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.patient_orientation_in_frame_sequence_item import (
        PatientOrientationInFrameSequenceItem as _PatientOrientationInFrameSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PatientOrientationInFrameSequenceItem = Lazy(
        "dicomodel.items.patient_orientation_in_frame_sequence_item",
        "PatientOrientationInFrameSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.patient_orientation_in_frame_sequence_item import (
        PatientOrientationInFrameSequenceItem as PatientOrientationInFrameSequenceItem,
    )

__all__ = [
    "PatientOrientationInFrameMacro",
    "PatientOrientationInFrameSequenceItem",
]


class PatientOrientationInFrameMacro(DicomModel):
    """Patient Orientation in Frame Macro Attributes (PS3.3 Table C.7.6.16-16)."""

    dicom_name: ClassVar[str] = "Patient Orientation in Frame"
    dicom_table: ClassVar[str] = "table_C.7.6.16-16"

    PatientOrientationInFrameSequence: Annotated[
        list[_PatientOrientationInFrameSequenceItem],
        Attribute(0x00209450, "SQ", "1", "1", name="Patient Orientation in Frame Sequence"),
    ]
    """Patient Orientation in Frame Sequence (0020,9450): Type 1, VR SQ, VM 1. Sequence containing the row and column directions for this frame in the patient. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PatientOrientationInFrameSequenceItem": (
        "dicomodel.items.patient_orientation_in_frame_sequence_item",
        "PatientOrientationInFrameSequenceItem",
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
