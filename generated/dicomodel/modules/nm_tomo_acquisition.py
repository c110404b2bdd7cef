"""NM Tomo Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.type_of_detector_motion import (
        TypeOfDetectorMotionValue as _TypeOfDetectorMotionValue,
    )
    from dicomodel.items.rotation_information_sequence_item import (
        RotationInformationSequenceItem as _RotationInformationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RotationInformationSequenceItem = Lazy(
        "dicomodel.items.rotation_information_sequence_item", "RotationInformationSequenceItem"
    )
    _TypeOfDetectorMotionValue = Lazy(
        "dicomodel.enums.type_of_detector_motion", "TypeOfDetectorMotionValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.rotation_direction import RotationDirection as RotationDirection
    from dicomodel.enums.type_of_detector_motion import TypeOfDetectorMotion as TypeOfDetectorMotion
    from dicomodel.items.rotation_information_sequence_item import (
        RotationInformationSequenceItem as RotationInformationSequenceItem,
    )

__all__ = [
    "NMTomoAcquisitionModule",
    "RotationDirection",
    "RotationInformationSequenceItem",
    "TypeOfDetectorMotion",
]


class NMTomoAcquisitionModule(DicomModel):
    """NM Tomo Acquisition Module Attributes (PS3.3 Table C.8-12)."""

    dicom_name: ClassVar[str] = "NM Tomo Acquisition"
    dicom_table: ClassVar[str] = "table_C.8-12"

    RotationInformationSequence: Annotated[
        list[_RotationInformationSequenceItem] | None,
        Attribute(0x00540052, "SQ", "1", "2", name="Rotation Information Sequence"),
    ]
    """Rotation Information Sequence (0054,0052): Type 2, VR SQ, VM 1. Sequence of Items that describe Tomo rotational groups. A new rotation is defined whenever the direction of the detector motion changes, or Table Traverse (0018,1131) changes. Zero or more Items shall be included in this Sequence."""

    TypeOfDetectorMotion: Annotated[
        _TypeOfDetectorMotionValue | None,
        Attribute(
            0x00540202,
            "CS",
            "1",
            "3",
            name="Type of Detector Motion",
            enumerated=((0, ("STEP AND SHOOT", "CONTINUOUS", "ACQ DURING STEP")),),
        ),
    ] = None
    """Type of Detector Motion (0054,0202): Type 3, VR CS, VM 1. Describes the detector motion during acquisition. Enumerated Values: STEP AND SHOOT Interrupted motion, acquire only while stationary CONTINUOUS Gantry motion and acquisition are simultaneous and continuous ACQ DURING STEP Interrupted motio..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RotationDirection": ("dicomodel.enums.rotation_direction", "RotationDirection"),
    "RotationInformationSequenceItem": (
        "dicomodel.items.rotation_information_sequence_item",
        "RotationInformationSequenceItem",
    ),
    "TypeOfDetectorMotion": ("dicomodel.enums.type_of_detector_motion", "TypeOfDetectorMotion"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
