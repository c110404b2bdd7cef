"""Item class PETDetectorMotionDetailsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.rotation_direction import RotationDirectionValue as _RotationDirectionValue
else:
    from dicomodel.lazy import Lazy

    _RotationDirectionValue = Lazy("dicomodel.enums.rotation_direction", "RotationDirectionValue")

if TYPE_CHECKING:
    from dicomodel.enums.rotation_direction import RotationDirection as RotationDirection

__all__ = [
    "PETDetectorMotionDetailsSequenceItem",
    "RotationDirection",
]


class PETDetectorMotionDetailsSequenceItem(DicomModel):
    """An item of PET Detector Motion Details Sequence (0018,9733), as first defined in PET Detector Motion Details Macro Attributes (C.8.22-12)."""

    dicom_name: ClassVar[str] = "PET Detector Motion Details Sequence"
    dicom_table: ClassVar[str] = "table_C.8.22-12"

    RotationDirection: Annotated[
        _RotationDirectionValue,
        Attribute(
            0x00181140, "CS", "1", "1", name="Rotation Direction", enumerated=((0, ("CW", "CC")),)
        ),
    ]
    """Rotation Direction (0018,1140): Type 1, VR CS, VM 1. Direction of rotation of the detector about the gantry, as viewed while facing the gantry where the table enters the gantry. Enumerated Values: CW clockwise CC counter clockwise"""

    RevolutionTime: Annotated[vr.FD, Attribute(0x00189305, "FD", "1", "1", name="Revolution Time")]
    """Revolution Time (0018,9305): Type 1, VR FD, VM 1. The time in seconds of a complete revolution of the detector around the gantry orbit."""


_EXPORTS: dict[str, tuple[str, str]] = {
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
