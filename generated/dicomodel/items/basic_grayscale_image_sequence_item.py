"""Item class BasicGrayscaleImageSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCRImageValue as _PhotometricInterpretationCRImageValue,
    )
else:
    from dicomodel.lazy import Lazy

    _PhotometricInterpretationCRImageValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationCRImageValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCRImage as PhotometricInterpretation,
    )

__all__ = [
    "BasicGrayscaleImageSequenceItem",
    "PhotometricInterpretation",
]


class BasicGrayscaleImageSequenceItem(DicomModel):
    """An item of Basic Grayscale Image Sequence (2020,0110), as first defined in Image Box Pixel Presentation Module Attributes (C.13-5)."""

    dicom_name: ClassVar[str] = "Basic Grayscale Image Sequence"
    dicom_table: ClassVar[str] = "table_C.13-5"

    SamplesPerPixel: Annotated[
        vr.US | None,
        Attribute(0x00280002, "US", "1", None, name="Samples Per Pixel", enumerated=((0, ("1",)),)),
    ] = None
    """Samples Per Pixel (0028,0002): no Type, VR US, VM 1. See Section C.7.6.3 for description. Enumerated Values: 1"""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationCRImageValue | None,
        Attribute(
            0x00280004,
            "CS",
            "1",
            None,
            name="Photometric Interpretation",
            enumerated=((0, ("MONOCHROME1", "MONOCHROME2")),),
        ),
    ] = None
    """Photometric Interpretation (0028,0004): no Type, VR CS, VM 1. See Section C.7.6.3 for description. Enumerated Values: MONOCHROME1 MONOCHROME2"""

    Rows: Annotated[vr.US | None, Attribute(0x00280010, "US", "1", None, name="Rows")] = None
    """Rows (0028,0010): no Type, VR US, VM 1. See Section C.7.6.3 for description."""

    Columns: Annotated[vr.US | None, Attribute(0x00280011, "US", "1", None, name="Columns")] = None
    """Columns (0028,0011): no Type, VR US, VM 1. See Section C.7.6.3 for description."""

    PixelAspectRatio: Annotated[
        list[vr.IS] | None, Attribute(0x00280034, "IS", "2", None, name="Pixel Aspect Ratio")
    ] = None
    """Pixel Aspect Ratio (0028,0034): no Type, VR IS, VM 2. See Section C.7.6.3 for description."""

    BitsAllocated: Annotated[
        vr.US | None,
        Attribute(
            0x00280100, "US", "1", None, name="Bits Allocated", enumerated=((0, ("8", "16")),)
        ),
    ] = None
    """Bits Allocated (0028,0100): no Type, VR US, VM 1. See Section C.7.6.3 for description. Enumerated Values if Bits Stored = 8: 8 Enumerated Values if Bits Stored = 12: 16"""

    BitsStored: Annotated[
        vr.US | None,
        Attribute(0x00280101, "US", "1", None, name="Bits Stored", enumerated=((0, ("8", "12")),)),
    ] = None
    """Bits Stored (0028,0101): no Type, VR US, VM 1. See Section C.7.6.3 for description. Enumerated Values: 8 12"""

    HighBit: Annotated[
        vr.US | None,
        Attribute(0x00280102, "US", "1", None, name="High Bit", enumerated=((0, ("7", "11")),)),
    ] = None
    """High Bit (0028,0102): no Type, VR US, VM 1. See Section C.7.6.3 for description. Enumerated Values if Bits Stored = 8: 7 Enumerated Values if Bits Stored = 12: 11"""

    PixelRepresentation: Annotated[
        vr.US | None,
        Attribute(
            0x00280103, "US", "1", None, name="Pixel Representation", enumerated=((0, ("0",)),)
        ),
    ] = None
    """Pixel Representation (0028,0103): no Type, VR US, VM 1. See Section C.7.6.3 for description. Enumerated Values: 0 unsigned integer"""

    PixelData: Annotated[
        vr.OB | vr.OW | None, Attribute(0x7FE00010, "OB or OW", "1", None, name="Pixel Data")
    ] = None
    """Pixel Data (7FE0,0010): no Type, VR OB or OW, VM 1. See Section C.7.6.3 for description."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationCRImage",
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
