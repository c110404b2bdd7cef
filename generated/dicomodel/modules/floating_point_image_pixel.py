"""Floating Point Image Pixel Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationValue as _PhotometricInterpretationValue,
    )
else:
    from dicomodel.lazy import Lazy

    _PhotometricInterpretationValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretation as PhotometricInterpretation,
    )

__all__ = [
    "FloatingPointImagePixelModule",
    "PhotometricInterpretation",
]


class FloatingPointImagePixelModule(DicomModel):
    """Floating Point Image Pixel Module Attributes (PS3.3 Table C.7.6.24-1)."""

    dicom_name: ClassVar[str] = "Floating Point Image Pixel"
    dicom_table: ClassVar[str] = "table_PS3.3_C.7.6.24-1"

    SamplesPerPixel: Annotated[
        vr.US, Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel")
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. See Section C.7.6.3.1.1 for further explanation."""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=((0, ("MONOCHROME2",)),),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. Enumerated Values: MONOCHROME2"""

    Rows: Annotated[vr.US, Attribute(0x00280010, "US", "1", "1", name="Rows")]
    """Rows (0028,0010): Type 1, VR US, VM 1. Number of rows in the image."""

    Columns: Annotated[vr.US, Attribute(0x00280011, "US", "1", "1", name="Columns")]
    """Columns (0028,0011): Type 1, VR US, VM 1. Number of columns in the image."""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("32",)),)),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Each sample shall have the same number of bits allocated. See PS3.5 for further explanation. Enumerated Values: 32"""

    FloatPixelData: Annotated[vr.OF, Attribute(0x7FE00008, "OF", "1", "1", name="Float Pixel Data")]
    """Float Pixel Data (7FE0,0008): Type 1, VR OF, VM 1. A data stream of the pixel samples that comprise the Image. The order of pixels encoded for each image plane is left to right, top to bottom, i.e., the upper left pixel (labeled 1,1) is encoded first followed by the remainder of row 1, foll..."""

    PixelAspectRatio: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00280034,
            "IS",
            "2",
            "1C",
            name="Pixel Aspect Ratio",
            when=(
                "unknown",
                "condition not read: no verb after 'Nominal Scanned Pixel Spacing (0018,2010) , either for' (in 'Required if the aspect ratio values do not have a ratio of 1 : 1 and the physical pixel spacing is not specified by Pixel Spacing (0028,0030) , or Imager Pixel Spacing (0018,1164) or Nominal Scanned Pixel Spacing (0018,2010) , either for the entire Image or per-frame in a Functional Group Macro')",
            ),
        ),
    ] = None
    """Pixel Aspect Ratio (0028,0034): Type 1C, VR IS, VM 2. Required if the aspect ratio values do not have a ratio of 1:1 and the physical pixel spacing is not specified by Pixel Spacing (0028,0030), or Imager Pixel Spacing (0018,1164) or Nominal Scanned Pixel Spacing (0018,2010), either for the entire Image or per-frame in a Functional Group Macro. Ratio of the vertical size and horizontal size of the pixels in the image specified by a pair of integer values where the first value is the vertical pixel size, and the second value is the horizontal pixel size."""

    FloatPixelPaddingValue: Annotated[
        vr.FL | None, Attribute(0x00280122, "FL", "1", "3", name="Float Pixel Padding Value")
    ] = None
    """Float Pixel Padding Value (0028,0122): Type 3, VR FL, VM 1. One limit (inclusive) of a range of pixel values used in an image to pad to rectangular format or to signal background that may be suppressed. See Section C.7.6.24.1."""

    FloatPixelPaddingRangeLimit: Annotated[
        vr.FL | None,
        Attribute(
            0x00280124,
            "FL",
            "1",
            "1C",
            name="Float Pixel Padding Range Limit",
            when=("present", 0x00280122),
        ),
    ] = None
    """Float Pixel Padding Range Limit (0028,0124): Type 1C, VR FL, VM 1. Required if Float Pixel Padding Value (0028,0122) is present. Pixel value that represents one limit (inclusive) of a range of padding values used together with Float Pixel Padding Value (0028,0122). Required if Float Pixel Padding Value (0028,0122) is present. See Section C.7.6.24.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretation",
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
