"""Item class ROIContourSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.contour_sequence_item import ContourSequenceItem as _ContourSequenceItem
    from dicomodel.items.source_pixel_planes_characteristics_sequence_item import (
        SourcePixelPlanesCharacteristicsSequenceItem as _SourcePixelPlanesCharacteristicsSequenceItem,
    )
    from dicomodel.items.source_series_sequence_item import (
        SourceSeriesSequenceItem as _SourceSeriesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ContourSequenceItem = Lazy("dicomodel.items.contour_sequence_item", "ContourSequenceItem")
    _SourcePixelPlanesCharacteristicsSequenceItem = Lazy(
        "dicomodel.items.source_pixel_planes_characteristics_sequence_item",
        "SourcePixelPlanesCharacteristicsSequenceItem",
    )
    _SourceSeriesSequenceItem = Lazy(
        "dicomodel.items.source_series_sequence_item", "SourceSeriesSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.contour_geometric_type import ContourGeometricType as ContourGeometricType
    from dicomodel.items.contour_sequence_item import ContourSequenceItem as ContourSequenceItem
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ContourImageSequenceItem,
    )
    from dicomodel.items.source_pixel_planes_characteristics_sequence_item import (
        SourcePixelPlanesCharacteristicsSequenceItem as SourcePixelPlanesCharacteristicsSequenceItem,
    )
    from dicomodel.items.source_series_sequence_item import (
        SourceSeriesSequenceItem as SourceSeriesSequenceItem,
    )

__all__ = [
    "ContourGeometricType",
    "ContourImageSequenceItem",
    "ContourSequenceItem",
    "ROIContourSequenceItem",
    "SourcePixelPlanesCharacteristicsSequenceItem",
    "SourceSeriesSequenceItem",
]


class ROIContourSequenceItem(DicomModel):
    """An item of ROI Contour Sequence (3006,0039), as first defined in ROI Contour Module Attributes (C.8-42)."""

    dicom_name: ClassVar[str] = "ROI Contour Sequence"
    dicom_table: ClassVar[str] = "table_C.8-42"

    ReferencedROINumber: Annotated[
        vr.IS, Attribute(0x30060084, "IS", "1", "1", name="Referenced ROI Number")
    ]
    """Referenced ROI Number (3006,0084): Type 1, VR IS, VM 1. Uniquely identifies the referenced ROI described in the Structure Set ROI Sequence (3006,0020)."""

    ROIDisplayColor: Annotated[
        list[vr.IS] | None, Attribute(0x3006002A, "IS", "3", "3", name="ROI Display Color")
    ] = None
    """ROI Display Color (3006,002A): Type 3, VR IS, VM 3. RGB triplet color representation for ROI, specified using the range 0-255."""

    RecommendedDisplayGrayscaleValue: Annotated[
        vr.US | None,
        Attribute(0x0062000C, "US", "1", "3", name="Recommended Display Grayscale Value"),
    ] = None
    """Recommended Display Grayscale Value (0062,000C): Type 3, VR US, VM 1. A default single gray unsigned value in which it is recommended that the contour be rendered on a monochrome display. The units are specified in P-Values from a minimum of 0000H (black) up to a maximum of FFFFH (white)."""

    RecommendedDisplayCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(0x0062000D, "US", "3", "3", name="Recommended Display CIELab Value"),
    ] = None
    """Recommended Display CIELab Value (0062,000D): Type 3, VR US, VM 3. A default triplet value in which it is recommended that the contour be rendered on a color display. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""

    SourcePixelPlanesCharacteristicsSequence: Annotated[
        list[_SourcePixelPlanesCharacteristicsSequenceItem] | None,
        Attribute(0x3006004A, "SQ", "1", "3", name="Source Pixel Planes Characteristics Sequence"),
    ] = None
    """Source Pixel Planes Characteristics Sequence (3006,004A): Type 3, VR SQ, VM 1. The characteristics of the pixel planes from which the grid-based representation of the Contours was derived. Only a single Item is permitted in this Sequence. See Section C.8.8.6.4."""

    SourceSeriesSequence: Annotated[
        list[_SourceSeriesSequenceItem] | None,
        Attribute(0x3006004B, "SQ", "1", "3", name="Source Series Sequence"),
    ] = None
    """Source Series Sequence (3006,004B): Type 3, VR SQ, VM 1. Identifies the Image Series on which the ROI was defined. One or more Items are permitted in this Sequence. The referenced Series may or may not have the same Frame of Reference UID (0020,0052) as this Instance, and there may be more than o..."""

    ContourSequence: Annotated[
        list[_ContourSequenceItem] | None,
        Attribute(0x30060040, "SQ", "1", "3", name="Contour Sequence"),
    ] = None
    """Contour Sequence (3006,0040): Type 3, VR SQ, VM 1. Sequence of Contours defining ROI. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContourGeometricType": ("dicomodel.enums.contour_geometric_type", "ContourGeometricType"),
    "ContourImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ContourSequenceItem": ("dicomodel.items.contour_sequence_item", "ContourSequenceItem"),
    "SourcePixelPlanesCharacteristicsSequenceItem": (
        "dicomodel.items.source_pixel_planes_characteristics_sequence_item",
        "SourcePixelPlanesCharacteristicsSequenceItem",
    ),
    "SourceSeriesSequenceItem": (
        "dicomodel.items.source_series_sequence_item",
        "SourceSeriesSequenceItem",
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
