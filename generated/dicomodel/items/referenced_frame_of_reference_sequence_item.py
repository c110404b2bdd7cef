"""Item class ReferencedFrameOfReferenceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.rt_referenced_study_sequence_item import (
        RTReferencedStudySequenceItem as _RTReferencedStudySequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RTReferencedStudySequenceItem = Lazy(
        "dicomodel.items.rt_referenced_study_sequence_item", "RTReferencedStudySequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ContourImageSequenceItem,
    )
    from dicomodel.items.rt_referenced_series_sequence_item import (
        RTReferencedSeriesSequenceItem as RTReferencedSeriesSequenceItem,
    )
    from dicomodel.items.rt_referenced_study_sequence_item import (
        RTReferencedStudySequenceItem as RTReferencedStudySequenceItem,
    )

__all__ = [
    "ContourImageSequenceItem",
    "RTReferencedSeriesSequenceItem",
    "RTReferencedStudySequenceItem",
    "ReferencedFrameOfReferenceSequenceItem",
]


class ReferencedFrameOfReferenceSequenceItem(DicomModel):
    """An item of Referenced Frame of Reference Sequence (3006,0010), as first defined in Structure Set Module Attributes (C.8-41)."""

    dicom_name: ClassVar[str] = "Referenced Frame of Reference Sequence"
    dicom_table: ClassVar[str] = "table_C.8-41"

    FrameOfReferenceUID: Annotated[
        vr.UI, Attribute(0x00200052, "UI", "1", "1", name="Frame of Reference UID")
    ]
    """Frame of Reference UID (0020,0052): Type 1, VR UI, VM 1. Uniquely identifies Frame of Reference within Structure Set."""

    RTReferencedStudySequence: Annotated[
        list[_RTReferencedStudySequenceItem] | None,
        Attribute(0x30060012, "SQ", "1", "3", name="RT Referenced Study Sequence"),
    ] = None
    """RT Referenced Study Sequence (3006,0012): Type 3, VR SQ, VM 1. Sequence of Studies containing Series to be referenced. One or more Items are permitted in this Sequence. See Section C.8.8.5.4."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContourImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "RTReferencedSeriesSequenceItem": (
        "dicomodel.items.rt_referenced_series_sequence_item",
        "RTReferencedSeriesSequenceItem",
    ),
    "RTReferencedStudySequenceItem": (
        "dicomodel.items.rt_referenced_study_sequence_item",
        "RTReferencedStudySequenceItem",
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
