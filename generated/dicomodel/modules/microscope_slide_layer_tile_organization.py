"""Microscope Slide Layer Tile Organization Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.total_pixel_matrix_origin_sequence_item import (
        TotalPixelMatrixOriginSequenceItem as _TotalPixelMatrixOriginSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _TotalPixelMatrixOriginSequenceItem = Lazy(
        "dicomodel.items.total_pixel_matrix_origin_sequence_item",
        "TotalPixelMatrixOriginSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.total_pixel_matrix_origin_sequence_item import (
        TotalPixelMatrixOriginSequenceItem as TotalPixelMatrixOriginSequenceItem,
    )

__all__ = [
    "MicroscopeSlideLayerTileOrganizationModule",
    "TotalPixelMatrixOriginSequenceItem",
]


class MicroscopeSlideLayerTileOrganizationModule(DicomModel):
    """Microscope Slide Layer Tile Organization Module Attributes (PS3.3 Table C.8.12.14-1)."""

    dicom_name: ClassVar[str] = "Microscope Slide Layer Tile Organization"
    dicom_table: ClassVar[str] = "table_C.8.12.14-1"

    TotalPixelMatrixColumns: Annotated[
        vr.UL, Attribute(0x00480006, "UL", "1", "1", name="Total Pixel Matrix Columns")
    ]
    """Total Pixel Matrix Columns (0048,0006): Type 1, VR UL, VM 1. Total number of columns in pixel matrix; i.e., width of total imaged volume in pixels. See Section C.8.12.14.1.1"""

    TotalPixelMatrixRows: Annotated[
        vr.UL, Attribute(0x00480007, "UL", "1", "1", name="Total Pixel Matrix Rows")
    ]
    """Total Pixel Matrix Rows (0048,0007): Type 1, VR UL, VM 1. Total number of rows in pixel matrix; i.e., height of total imaged volume in pixels. See Section C.8.12.14.1.1"""

    TotalPixelMatrixFocalPlanes: Annotated[
        vr.UL | None,
        Attribute(
            0x00480303,
            "UL",
            "1",
            "1C",
            name="Total Pixel Matrix Focal Planes",
            when=("and", ("present", 0x00209311), ("value", 0x00209311, 0, "in", ("TILED_FULL",))),
            otherwise="may",
        ),
    ] = None
    """Total Pixel Matrix Focal Planes (0048,0303): Type 1C, VR UL, VM 1. Required if Dimension Organization Type (0020,9311) is present with a value of TILED_FULL. May be present otherwise. Total number of focal planes (Z locations) in the pixel matrix; i.e., depth of total imaged volume in pixels. See Section C.8.12.14.1.1 Required if Dimension Organization Type (0020,9311) is present with a value of TILED_FULL."""

    TotalPixelMatrixOriginSequence: Annotated[
        list[_TotalPixelMatrixOriginSequenceItem],
        Attribute(0x00480008, "SQ", "1", "1", name="Total Pixel Matrix Origin Sequence"),
    ]
    """Total Pixel Matrix Origin Sequence (0048,0008): Type 1, VR SQ, VM 1. Location of pixel 1\\1 of the total pixel matrix in the Slide Coordinate System Frame of Reference. Only a single Item shall be included in this Sequence. See Section C.8.12.14.1.2 and Section C.8.12.2.1.1 for further explanation."""

    ImageOrientationSlide: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00480102,
            "DS",
            "6",
            "1C",
            name="Image Orientation (Slide)",
            when=(
                "unknown",
                "condition not read: (0048,021A) is in no functional group (in 'Required if Plane Position ( Slide ) Sequence (0048,021A) is present within a Functional Group Sequence or Dimension Organization Type (0020,9311) is present with a value of TILED_FULL')",
            ),
            otherwise="may",
        ),
    ] = None
    """Image Orientation (Slide) (0048,0102): Type 1C, VR DS, VM 6. Required if Plane Position (Slide) Sequence (0048,021A) is present within a Functional Group Sequence or Dimension Organization Type (0020,9311) is present with a value of TILED_FULL. May be present otherwise. The direction cosines of the first row and the first column of the total pixel matrix with respect to the Slide Coordinate System Frame of Reference. See Section C.8.12.14.1.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "TotalPixelMatrixOriginSequenceItem": (
        "dicomodel.items.total_pixel_matrix_origin_sequence_item",
        "TotalPixelMatrixOriginSequenceItem",
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
