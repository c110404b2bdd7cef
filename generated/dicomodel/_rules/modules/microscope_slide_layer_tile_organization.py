"""Presence rules of Microscope Slide Layer Tile Organization Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MicroscopeSlideLayerTileOrganizationModule = (
    "table_C.8.12.14-1",
    (
        (
            "TotalPixelMatrixColumns",
            Attribute(0x00480006, "UL", "1", "1", name="Total Pixel Matrix Columns"),
            None,
        ),
        (
            "TotalPixelMatrixRows",
            Attribute(0x00480007, "UL", "1", "1", name="Total Pixel Matrix Rows"),
            None,
        ),
        (
            "TotalPixelMatrixFocalPlanes",
            Attribute(
                0x00480303,
                "UL",
                "1",
                "1C",
                name="Total Pixel Matrix Focal Planes",
                when=(
                    "and",
                    ("present", 0x00209311),
                    ("value", 0x00209311, 0, "in", ("TILED_FULL",)),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "TotalPixelMatrixOriginSequence",
            Attribute(0x00480008, "SQ", "1", "1", name="Total Pixel Matrix Origin Sequence"),
            Lazy(
                "dicomodel.items.total_pixel_matrix_origin_sequence_item",
                "TotalPixelMatrixOriginSequenceItem",
            ),
        ),
        (
            "ImageOrientationSlide",
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
            None,
        ),
    ),
)
