"""Item class RTReferencedSeriesSequenceItem.

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
        ImageSOPInstanceReferenceItem as ContourImageSequenceItem,
    )

__all__ = [
    "ContourImageSequenceItem",
    "RTReferencedSeriesSequenceItem",
]


class RTReferencedSeriesSequenceItem(DicomModel):
    """An item of RT Referenced Series Sequence (3006,0014), as first defined in Structure Set Module Attributes (C.8-41)."""

    dicom_name: ClassVar[str] = "RT Referenced Series Sequence"
    dicom_table: ClassVar[str] = "table_C.8-41"

    SeriesInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID")
    ]
    """Series Instance UID (0020,000E): Type 1, VR UI, VM 1. Unique identifier for the Series containing the images."""

    ContourImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem],
        Attribute(0x30060016, "SQ", "1", "1", name="Contour Image Sequence"),
    ]
    """Contour Image Sequence (3006,0016): Type 1, VR SQ, VM 1. Sequence of Items describing images in a given Series used in defining the Structure Set (typically CT or MR images). One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContourImageSequenceItem": (
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
