"""Item class GraphicCoordinatesDataSequenceItem.

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
    "GraphicCoordinatesDataSequenceItem",
    "ReferencedImageSequenceItem",
]


class GraphicCoordinatesDataSequenceItem(DicomModel):
    """An item of Graphic Coordinates Data Sequence (0070,0318), as first defined in Spatial Fiducials Module Attributes (C.21.2-1)."""

    dicom_name: ClassVar[str] = "Graphic Coordinates Data Sequence"
    dicom_table: ClassVar[str] = "table_C.21.2-1"

    GraphicData: Annotated[
        list[vr.FL], Attribute(0x00700022, "FL", "2-n", "1", name="Graphic Data")
    ]
    """Graphic Data (0070,0022): Type 1, VR FL, VM 2-n. Graphic point coordinates of the fiducial points in the image of the Referenced Image Sequence. If Fiducial's Contour Data (3006,0050) is present, these points correlate to the points in the Contour Data, one row-column pair for each point..."""

    ReferencedImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem],
        Attribute(0x00081140, "SQ", "1", "1", name="Referenced Image Sequence"),
    ]
    """Referenced Image Sequence (0008,1140): Type 1, VR SQ, VM 1. A Sequence that specifies the image containing the fiducial's graphic coordinates. Only a single Item shall be included in this Sequence."""


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
