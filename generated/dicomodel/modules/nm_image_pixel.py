"""NM Image Pixel Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationNMImagePixelValue as _PhotometricInterpretationNMImagePixelValue,
    )
else:
    from dicomodel.lazy import Lazy

    _PhotometricInterpretationNMImagePixelValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationNMImagePixelValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationNMImagePixel as PhotometricInterpretation,
    )

__all__ = [
    "NMImagePixelModule",
    "PhotometricInterpretation",
]


class NMImagePixelModule(DicomModel):
    """NM Image Pixel Module Attributes (PS3.3 Table C.8-6)."""

    dicom_name: ClassVar[str] = "NM Image Pixel"
    dicom_table: ClassVar[str] = "table_C.8-6"

    SamplesPerPixel: Annotated[
        vr.US, Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel")
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (color planes) in this image. The value shall be 1."""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationNMImagePixelValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=((0, ("MONOCHROME2", "PALETTE COLOR")),),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. See Section C.8.4.7.1.1 for further explanation."""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(
            0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8", "16")),)
        ),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Each sample shall have the same number of bits allocated. Enumerated Values: 8 16"""

    BitsStored: Annotated[vr.US, Attribute(0x00280101, "US", "1", "1", name="Bits Stored")]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Each sample shall have the same number of bits stored. The value shall be the same as the value in Bits Allocated (0028,0100)."""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. Each sample shall have the same high bit. Shall be one less than the value in Bits Stored (0028,0101)."""

    PixelSpacing: Annotated[
        list[vr.DS] | None, Attribute(0x00280030, "DS", "2", "2", name="Pixel Spacing")
    ]
    """Pixel Spacing (0028,0030): Type 2, VR DS, VM 2. Physical distance in the patient between the center of each pixel, specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing, in mm. See Section 10.7.1.3 for further explanation of the value order."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationNMImagePixel",
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
