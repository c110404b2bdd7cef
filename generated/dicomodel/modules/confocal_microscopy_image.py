"""Confocal Microscopy Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.confocal_mode import ConfocalModeValue as _ConfocalModeValue
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationVLImageValue as _PhotometricInterpretationVLImageValue,
    )
    from dicomodel.enums.tissue_location import TissueLocationValue as _TissueLocationValue
else:
    from dicomodel.lazy import Lazy

    _ConfocalModeValue = Lazy("dicomodel.enums.confocal_mode", "ConfocalModeValue")
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _PhotometricInterpretationVLImageValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationVLImageValue"
    )
    _TissueLocationValue = Lazy("dicomodel.enums.tissue_location", "TissueLocationValue")

if TYPE_CHECKING:
    from dicomodel.enums.confocal_mode import ConfocalMode as ConfocalMode
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationVLImage as PhotometricInterpretation,
    )
    from dicomodel.enums.tissue_location import TissueLocation as TissueLocation

__all__ = [
    "ConfocalMicroscopyImageModule",
    "ConfocalMode",
    "LossyImageCompression",
    "PhotometricInterpretation",
    "TissueLocation",
]


class ConfocalMicroscopyImageModule(DicomModel):
    """Confocal Microscopy Image Module Attributes (PS3.3 Table C.8.35.1-1)."""

    dicom_name: ClassVar[str] = "Confocal Microscopy Image"
    dicom_table: ClassVar[str] = "table_C.8.35.1-1"

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=((1, ("ORIGINAL", "DERIVED")), (2, ("PRIMARY",))),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.35.1.1.1 for specialization."""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationVLImageValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=(
                (
                    0,
                    ("MONOCHROME2", "RGB", "YBR_FULL_422", "YBR_PARTIAL_420", "YBR_RCT", "YBR_ICT"),
                ),
            ),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. See Section C.8.12.1.1.1 for specialization of this Attribute."""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8",)),)),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Each sample shall have the same number of bits allocated. See Section C.8.12.1.1.2 for specialization of this Attribute."""

    BitsStored: Annotated[
        vr.US, Attribute(0x00280101, "US", "1", "1", name="Bits Stored", enumerated=((0, ("8",)),))
    ]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Each sample shall have the same number of bits stored. See Section C.8.12.1.1.2 for specialization of this Attribute."""

    HighBit: Annotated[
        vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit", enumerated=((0, ("7",)),))
    ]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. Each sample shall have the same high bit. See Section C.8.12.1.1.2 for specialization of this Attribute."""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0",)),)
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of the pixel samples. Each sample shall have the same pixel representation. See Section C.8.12.1.1.3 for specialization of this Attribute."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(
            0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1", "3")),)
        ),
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) per image. See Section C.8.12.1.1.4 for specialization of this Attribute."""

    PlanarConfiguration: Annotated[
        vr.US | None,
        Attribute(
            0x00280006,
            "US",
            "1",
            "1C",
            name="Planar Configuration",
            enumerated=((0, ("0",)),),
            when=("compare", 0x00280002, 1, ">", 1),
        ),
    ] = None
    """Planar Configuration (0028,0006): Type 1C, VR US, VM 1. Required if Samples per Pixel (0028,0002) has a value greater than 1. Indicates whether the pixel data are encoded color-by-plane or color-by-pixel. Required if Samples per Pixel (0028,0002) has a value greater than 1. See Section C.8.12.1.1.5 for specialization of this Attribute."""

    LossyImageCompression: Annotated[
        _LossyImageCompressionValue,
        Attribute(
            0x00282110,
            "CS",
            "1",
            "1",
            name="Lossy Image Compression",
            enumerated=((0, ("00", "01")),),
        ),
    ]
    """Lossy Image Compression (0028,2110): Type 1, VR CS, VM 1. Specifies whether an Image has undergone lossy compression (at a point in its lifetime). Enumerated Values: 00 Image has not been subjected to lossy compression. 01 Image has been subjected to lossy compression."""

    ConfocalMode: Annotated[
        _ConfocalModeValue,
        Attribute(
            0x00480114,
            "CS",
            "1",
            "1",
            name="Confocal Mode",
            enumerated=((0, ("REFLECTANCE", "FLUORESCENCE")),),
        ),
    ]
    """Confocal Mode (0048,0114): Type 1, VR CS, VM 1. Whether the images were acquired by the confocal microscope in reflectance or fluorescence mode. Enumerated Values: REFLECTANCE FLUORESCENCE"""

    TissueLocation: Annotated[
        _TissueLocationValue,
        Attribute(
            0x00480115,
            "CS",
            "1",
            "1",
            name="Tissue Location",
            enumerated=((0, ("INVIVO", "EXVIVO")),),
        ),
    ]
    """Tissue Location (0048,0115): Type 1, VR CS, VM 1. Whether the tissue that is the subject of the image is in the body (i.e., in-vivo) or an excised tissue sample (i.e., ex-vivo). Enumerated Values: INVIVO EXVIVO"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConfocalMode": ("dicomodel.enums.confocal_mode", "ConfocalMode"),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationVLImage",
    ),
    "TissueLocation": ("dicomodel.enums.tissue_location", "TissueLocation"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
