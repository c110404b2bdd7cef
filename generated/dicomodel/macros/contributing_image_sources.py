"""Contributing Image Sources Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
else:
    from dicomodel.lazy import Lazy

    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )

__all__ = [
    "ContributingImageSourcesMacro",
    "LossyImageCompression",
]


class ContributingImageSourcesMacro(DicomModel):
    """Contributing Image Sources Macro Attributes (PS3.3 Table 10-14)."""

    dicom_name: ClassVar[str] = "Contributing Image Sources"
    dicom_table: ClassVar[str] = "table_10-14"

    Rows: Annotated[vr.US, Attribute(0x00280010, "US", "1", "1", name="Rows")]
    """Rows (0028,0010): Type 1, VR US, VM 1. Number of rows in the images."""

    Columns: Annotated[vr.US, Attribute(0x00280011, "US", "1", "1", name="Columns")]
    """Columns (0028,0011): Type 1, VR US, VM 1. Number of columns in the images."""

    BitsStored: Annotated[vr.US, Attribute(0x00280101, "US", "1", "1", name="Bits Stored")]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Each sample shall have the same number of bits stored. See PS3.5 for further explanation."""

    LossyImageCompression: Annotated[
        _LossyImageCompressionValue | None,
        Attribute(
            0x00282110,
            "CS",
            "1",
            "1C",
            name="Lossy Image Compression",
            enumerated=((0, ("00", "01")),),
            when=("unknown", "depends on lossy compression"),
        ),
    ] = None
    """Lossy Image Compression (0028,2110): Type 1C, VR CS, VM 1. Required if it is known whether or not Lossy Compression has been performed on the Images. Specifies whether the Source Images have undergone lossy compression (at a point in their lifetime). Enumerated Values: 00 Image has not been subjected to lossy compression. 01 Image has been subjected to lossy compression."""

    LossyImageCompressionRatio: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00282112,
            "DS",
            "1-n",
            "1C",
            name="Lossy Image Compression Ratio",
            when=("value", 0x00282110, 0, "in", ("01",)),
        ),
    ] = None
    """Lossy Image Compression Ratio (0028,2112): Type 1C, VR DS, VM 1-n. Required if Lossy Image Compression (0028,2110) is \"01\". Describes the approximate lossy compression ratio(s) that have been applied to this image. See Section C.7.6.1.1.5.2. Required if Lossy Image Compression (0028,2110) is \"01\"."""

    LossyImageCompressionMethod: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00282114,
            "CS",
            "1-n",
            "1C",
            name="Lossy Image Compression Method",
            when=("value", 0x00282110, 0, "in", ("01",)),
        ),
    ] = None
    """Lossy Image Compression Method (0028,2114): Type 1C, VR CS, VM 1-n. Required if Lossy Image Compression (0028,2110) is \"01\". A label for the lossy compression method(s) that have been applied to the source images. See Section C.7.6.1.1.5.1. Required if Lossy Image Compression (0028,2110) is \"01\"."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
