"""ROI Contour Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.roi_contour_sequence_item import (
        ROIContourSequenceItem as _ROIContourSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ROIContourSequenceItem = Lazy(
        "dicomodel.items.roi_contour_sequence_item", "ROIContourSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.contour_geometric_type import ContourGeometricType as ContourGeometricType
    from dicomodel.items.contour_sequence_item import ContourSequenceItem as ContourSequenceItem
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ContourImageSequenceItem,
    )
    from dicomodel.items.roi_contour_sequence_item import (
        ROIContourSequenceItem as ROIContourSequenceItem,
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
    "ROIContourModule",
    "ROIContourSequenceItem",
    "SourcePixelPlanesCharacteristicsSequenceItem",
    "SourceSeriesSequenceItem",
]


class ROIContourModule(DicomModel):
    """ROI Contour Module Attributes (PS3.3 Table C.8-42)."""

    dicom_name: ClassVar[str] = "ROI Contour"
    dicom_table: ClassVar[str] = "table_C.8-42"

    ROIContourSequence: Annotated[
        list[_ROIContourSequenceItem],
        Attribute(0x30060039, "SQ", "1", "1", name="ROI Contour Sequence"),
    ]
    """ROI Contour Sequence (3006,0039): Type 1, VR SQ, VM 1. Sequence of Contour Sequences defining ROIs. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContourGeometricType": ("dicomodel.enums.contour_geometric_type", "ContourGeometricType"),
    "ContourImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ContourSequenceItem": ("dicomodel.items.contour_sequence_item", "ContourSequenceItem"),
    "ROIContourSequenceItem": (
        "dicomodel.items.roi_contour_sequence_item",
        "ROIContourSequenceItem",
    ),
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
