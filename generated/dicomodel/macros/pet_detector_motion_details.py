"""PET Detector Motion Details Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.pet_detector_motion_details_sequence_item import (
        PETDetectorMotionDetailsSequenceItem as _PETDetectorMotionDetailsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PETDetectorMotionDetailsSequenceItem = Lazy(
        "dicomodel.items.pet_detector_motion_details_sequence_item",
        "PETDetectorMotionDetailsSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.rotation_direction import RotationDirection as RotationDirection
    from dicomodel.items.pet_detector_motion_details_sequence_item import (
        PETDetectorMotionDetailsSequenceItem as PETDetectorMotionDetailsSequenceItem,
    )

__all__ = [
    "PETDetectorMotionDetailsMacro",
    "PETDetectorMotionDetailsSequenceItem",
    "RotationDirection",
]


class PETDetectorMotionDetailsMacro(DicomModel):
    """PET Detector Motion Details Macro Attributes (PS3.3 Table C.8.22-12)."""

    dicom_name: ClassVar[str] = "PET Detector Motion Details"
    dicom_table: ClassVar[str] = "table_C.8.22-12"

    PETDetectorMotionDetailsSequence: Annotated[
        list[_PETDetectorMotionDetailsSequenceItem],
        Attribute(0x00189733, "SQ", "1", "1", name="PET Detector Motion Details Sequence"),
    ]
    """PET Detector Motion Details Sequence (0018,9733): Type 1, VR SQ, VM 1. Contains the Attributes defining the details of the motion of the Detector. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PETDetectorMotionDetailsSequenceItem": (
        "dicomodel.items.pet_detector_motion_details_sequence_item",
        "PETDetectorMotionDetailsSequenceItem",
    ),
    "RotationDirection": ("dicomodel.enums.rotation_direction", "RotationDirection"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
