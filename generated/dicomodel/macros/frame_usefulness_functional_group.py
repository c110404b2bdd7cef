"""Frame Usefulness Functional Group Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.frame_usefulness_group_sequence_item import (
        FrameUsefulnessGroupSequenceItem as _FrameUsefulnessGroupSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FrameUsefulnessGroupSequenceItem = Lazy(
        "dicomodel.items.frame_usefulness_group_sequence_item", "FrameUsefulnessGroupSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.includes_imaging_subject import (
        IncludesImagingSubject as IncludesImagingSubject,
    )
    from dicomodel.enums.includes_information import IncludesInformation as IncludesInformation
    from dicomodel.items.frame_usefulness_group_sequence_item import (
        FrameUsefulnessGroupSequenceItem as FrameUsefulnessGroupSequenceItem,
    )

__all__ = [
    "FrameUsefulnessFunctionalGroupMacro",
    "FrameUsefulnessGroupSequenceItem",
    "IncludesImagingSubject",
    "IncludesInformation",
]


class FrameUsefulnessFunctionalGroupMacro(DicomModel):
    """Frame Usefulness Functional Group Macro Attributes (PS3.3 Table C.7.6.16.2.27-1)."""

    dicom_name: ClassVar[str] = "Frame Usefulness Functional Group"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.27-1"

    FrameUsefulnessGroupSequence: Annotated[
        list[_FrameUsefulnessGroupSequenceItem],
        Attribute(0x00340009, "SQ", "1", "1", name="Frame Usefulness Group Sequence"),
    ]
    """Frame Usefulness Group Sequence (0034,0009): Type 1, VR SQ, VM 1. Sequence that contains the Functional Groups Sequence Attributes corresponding to the current frame or audio sample. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FrameUsefulnessGroupSequenceItem": (
        "dicomodel.items.frame_usefulness_group_sequence_item",
        "FrameUsefulnessGroupSequenceItem",
    ),
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
