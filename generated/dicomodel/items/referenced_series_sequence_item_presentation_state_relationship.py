"""Item class ReferencedSeriesSequenceItemPresentationStateRelationship.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )

__all__ = [
    "ReferencedImageSequenceItem",
    "ReferencedSeriesSequenceItemPresentationStateRelationship",
]


class ReferencedSeriesSequenceItemPresentationStateRelationship(DicomModel):
    """An item of Referenced Series Sequence (0008,1115), as first defined in Presentation State Relationship Macro Attributes (C.11.11-1b)."""

    dicom_name: ClassVar[str] = "Referenced Series Sequence"
    dicom_table: ClassVar[str] = "table_C.11.11-1b"

    SeriesInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID")
    ]
    """Series Instance UID (0020,000E): Type 1, VR UI, VM 1. Unique identifier of a Series that is part of the Study defined by the Study Instance UID (0020,000D) in the enclosing Data Set."""

    ReferencedImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem],
        Attribute(0x00081140, "SQ", "1", "1", name="Referenced Image Sequence"),
    ]
    """Referenced Image Sequence (0008,1140): Type 1, VR SQ, VM 1. The set of images and frames to which the Presentation State applies. These shall be of the Study defined by Study Instance UID (0020,000D) and the Series defined by Series Instance UID (0020,000E)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
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
