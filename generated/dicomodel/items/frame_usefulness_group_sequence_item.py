"""Item class FrameUsefulnessGroupSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.includes_imaging_subject import (
        IncludesImagingSubjectValue as _IncludesImagingSubjectValue,
    )
    from dicomodel.enums.includes_information import (
        IncludesInformationValue as _IncludesInformationValue,
    )
else:
    from dicomodel.lazy import Lazy

    _IncludesImagingSubjectValue = Lazy(
        "dicomodel.enums.includes_imaging_subject", "IncludesImagingSubjectValue"
    )
    _IncludesInformationValue = Lazy(
        "dicomodel.enums.includes_information", "IncludesInformationValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.includes_imaging_subject import (
        IncludesImagingSubject as IncludesImagingSubject,
    )
    from dicomodel.enums.includes_information import IncludesInformation as IncludesInformation

__all__ = [
    "FrameUsefulnessGroupSequenceItem",
    "IncludesImagingSubject",
    "IncludesInformation",
]


class FrameUsefulnessGroupSequenceItem(DicomModel):
    """An item of Frame Usefulness Group Sequence (0034,0009), as first defined in Frame Usefulness Functional Group Macro Attributes (C.7.6.16.2.27-1)."""

    dicom_name: ClassVar[str] = "Frame Usefulness Group Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.27-1"

    IncludesInformation: Annotated[
        _IncludesInformationValue | None,
        Attribute(
            0x0034000C,
            "CS",
            "1",
            "3",
            name="Includes Information",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Includes Information (0034,000C): Type 3, VR CS, VM 1. Whether or not the current frame includes useful information, i.e. not noise nor void Enumerated Values: YES NO"""

    IncludesImagingSubject: Annotated[
        _IncludesImagingSubjectValue | None,
        Attribute(
            0x00340008,
            "CS",
            "1",
            "3",
            name="Includes Imaging Subject",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Includes Imaging Subject (0034,0008): Type 3, VR CS, VM 1. Whether or not the current frame includes the imaging subject. Enumerated Values: YES NO"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "IncludesImagingSubject": (
        "dicomodel.enums.includes_imaging_subject",
        "IncludesImagingSubject",
    ),
    "IncludesInformation": ("dicomodel.enums.includes_information", "IncludesInformation"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
