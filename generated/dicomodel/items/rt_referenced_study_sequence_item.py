"""Item class RTReferencedStudySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.rt_referenced_series_sequence_item import (
        RTReferencedSeriesSequenceItem as _RTReferencedSeriesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RTReferencedSeriesSequenceItem = Lazy(
        "dicomodel.items.rt_referenced_series_sequence_item", "RTReferencedSeriesSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ContourImageSequenceItem,
    )
    from dicomodel.items.rt_referenced_series_sequence_item import (
        RTReferencedSeriesSequenceItem as RTReferencedSeriesSequenceItem,
    )

__all__ = [
    "ContourImageSequenceItem",
    "RTReferencedSeriesSequenceItem",
    "RTReferencedStudySequenceItem",
]


class RTReferencedStudySequenceItem(DicomModel):
    """An item of RT Referenced Study Sequence (3006,0012), as first defined in Structure Set Module Attributes (C.8-41)."""

    dicom_name: ClassVar[str] = "RT Referenced Study Sequence"
    dicom_table: ClassVar[str] = "table_C.8-41"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    RTReferencedSeriesSequence: Annotated[
        list[_RTReferencedSeriesSequenceItem],
        Attribute(0x30060014, "SQ", "1", "1", name="RT Referenced Series Sequence"),
    ]
    """RT Referenced Series Sequence (3006,0014): Type 1, VR SQ, VM 1. Sequence describing Series of images within the referenced Study that are used in defining the Structure Set. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContourImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "RTReferencedSeriesSequenceItem": (
        "dicomodel.items.rt_referenced_series_sequence_item",
        "RTReferencedSeriesSequenceItem",
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
