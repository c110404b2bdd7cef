"""Item class ContourSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.contour_geometric_type import (
        ContourGeometricTypeValue as _ContourGeometricTypeValue,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ContourGeometricTypeValue = Lazy(
        "dicomodel.enums.contour_geometric_type", "ContourGeometricTypeValue"
    )
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.contour_geometric_type import ContourGeometricType as ContourGeometricType
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ContourImageSequenceItem,
    )

__all__ = [
    "ContourGeometricType",
    "ContourImageSequenceItem",
    "ContourSequenceItem",
]


class ContourSequenceItem(DicomModel):
    """An item of Contour Sequence (3006,0040), as first defined in ROI Contour Module Attributes (C.8-42)."""

    dicom_name: ClassVar[str] = "Contour Sequence"
    dicom_table: ClassVar[str] = "table_C.8-42"

    ContourNumber: Annotated[
        vr.IS | None, Attribute(0x30060048, "IS", "1", "3", name="Contour Number")
    ] = None
    """Contour Number (3006,0048): Type 3, VR IS, VM 1. Identification number of the contour. The value of Contour Number (3006,0048) shall be unique within the Contour Sequence (3006,0040) in which it is defined. No semantics or ordering shall be inferred from this Attribute."""

    ContourImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(0x30060016, "SQ", "1", "3", name="Contour Image Sequence"),
    ] = None
    """Contour Image Sequence (3006,0016): Type 3, VR SQ, VM 1. Sequence of images containing the contour. One or more Items are permitted in this Sequence. See Section C.8.8.6.4."""

    ContourGeometricType: Annotated[
        _ContourGeometricTypeValue,
        Attribute(
            0x30060042,
            "CS",
            "1",
            "1",
            name="Contour Geometric Type",
            enumerated=(
                (
                    0,
                    ("POINT", "OPEN_PLANAR", "OPEN_NONPLANAR", "CLOSED_PLANAR", "CLOSEDPLANAR_XOR"),
                ),
            ),
        ),
    ]
    """Contour Geometric Type (3006,0042): Type 1, VR CS, VM 1. Geometric type of contour. See Section C.8.8.6.1. Enumerated Values: POINT single point OPEN_PLANAR open contour containing coplanar points OPEN_NONPLANAR open contour containing non-coplanar points CLOSED_PLANAR closed contour (polygon) co..."""

    NumberOfContourPoints: Annotated[
        vr.IS, Attribute(0x30060046, "IS", "1", "1", name="Number of Contour Points")
    ]
    """Number of Contour Points (3006,0046): Type 1, VR IS, VM 1. Number of points (triplets) in Contour Data (3006,0050)."""

    ContourData: Annotated[
        list[vr.DS], Attribute(0x30060050, "DS", "3-3n", "1", name="Contour Data")
    ]
    """Contour Data (3006,0050): Type 1, VR DS, VM 3-3n. Sequence of (x,y,z) triplets defining a contour in the Patient-Based Coordinate System described in Section C.7.6.2.1.1 (mm). See Section C.8.8.6.1 and Section C.8.8.6.3. See Section C.8.8.6.4."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContourGeometricType": ("dicomodel.enums.contour_geometric_type", "ContourGeometricType"),
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
