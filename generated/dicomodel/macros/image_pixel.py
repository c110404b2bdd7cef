"""Image Pixel Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.color_space import ColorSpaceTerm as _ColorSpaceTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTerm as _PhotometricInterpretationTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _ColorSpaceTerm = Lazy("dicomodel.enums.color_space", "ColorSpaceTerm")
    _PhotometricInterpretationTerm = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTerm as PhotometricInterpretationTerm,
    )

__all__ = [
    "ColorSpaceTerm",
    "ImagePixelMacro",
    "PhotometricInterpretationTerm",
]


class ImagePixelMacro(DicomModel):
    """Image Pixel Macro Attributes (PS3.3 Table C.7-11b)."""

    dicom_name: ClassVar[str] = "Image Pixel"
    dicom_table: ClassVar[str] = "table_C.7-11b"

    SamplesPerPixel: Annotated[
        vr.US, Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel")
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. See Section C.7.6.3.1.1 for further explanation."""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationTerm | vr.CS,
        Attribute(0x00280004, "CS", "1", "1", name="Photometric Interpretation"),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. See Section C.7.6.3.1.2 for further explanation."""

    Rows: Annotated[vr.US, Attribute(0x00280010, "US", "1", "1", name="Rows")]
    """Rows (0028,0010): Type 1, VR US, VM 1. Number of rows in the image. Shall be an exact multiple of the vertical downsampling factor if any of the samples (planes) are encoded downsampled in the vertical direction for pixel data encoded in a Native (uncompressed) format."""

    Columns: Annotated[vr.US, Attribute(0x00280011, "US", "1", "1", name="Columns")]
    """Columns (0028,0011): Type 1, VR US, VM 1. Number of columns in the image. Shall be an exact multiple of the horizontal downsampling factor if any of the samples (planes) are encoded downsampled in the horizontal direction for pixel data encoded in a Native (uncompressed) format."""

    BitsAllocated: Annotated[vr.US, Attribute(0x00280100, "US", "1", "1", name="Bits Allocated")]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Each sample shall have the same number of bits allocated. Bits Allocated (0028,0100) shall be either 1, or a multiple of 8. See PS3.5 for further explanation."""

    BitsStored: Annotated[vr.US, Attribute(0x00280101, "US", "1", "1", name="Bits Stored")]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Each sample shall have the same number of bits stored. See PS3.5 for further explanation."""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. Each sample shall have the same high bit. High Bit (0028,0102) shall be one less than Bits Stored (0028,0101). See PS3.5 for further explanation."""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103,
            "US",
            "1",
            "1",
            name="Pixel Representation",
            enumerated=((0, ("0000H", "0001H")),),
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of the pixel samples. Each sample shall have the same pixel representation. Enumerated Values: 0000H unsigned integer. 0001H 2's complement"""

    PlanarConfiguration: Annotated[
        vr.US | None,
        Attribute(
            0x00280006,
            "US",
            "1",
            "1C",
            name="Planar Configuration",
            enumerated=((0, ("0", "1")),),
            when=("compare", 0x00280002, 1, ">", 1),
        ),
    ] = None
    """Planar Configuration (0028,0006): Type 1C, VR US, VM 1. Required if Samples per Pixel (0028,0002) has a value greater than 1. Indicates whether the pixel data are encoded color-by-plane or color-by-pixel. Required if Samples per Pixel (0028,0002) has a value greater than 1. See Section C.7.6.3.1.3 for further explanation."""

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

    SmallestImagePixelValue: Annotated[
        vr.US | vr.SS | None,
        Attribute(0x00280106, "US or SS", "1", "3", name="Smallest Image Pixel Value"),
    ] = None
    """Smallest Image Pixel Value (0028,0106): Type 3, VR US or SS, VM 1. The minimum actual pixel value encountered in this image."""

    LargestImagePixelValue: Annotated[
        vr.US | vr.SS | None,
        Attribute(0x00280107, "US or SS", "1", "3", name="Largest Image Pixel Value"),
    ] = None
    """Largest Image Pixel Value (0028,0107): Type 3, VR US or SS, VM 1. The maximum actual pixel value encountered in this image."""

    RedPaletteColorLookupTableDescriptor: Annotated[
        list[vr.US | vr.SS] | None,
        Attribute(
            0x00281101,
            "US or SS",
            "3",
            "1C",
            name="Red Palette Color Lookup Table Descriptor",
            when=(
                "or",
                ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
            ),
        ),
    ] = None
    """Red Palette Color Lookup Table Descriptor (0028,1101): Type 1C, VR US or SS, VM 3. Required if Photometric Interpretation (0028,0004) has a value of PALETTE COLOR or Pixel Presentation (0008,9205) at the image level equals COLOR or MIXED. Specifies the format of the Red Palette Color Lookup Table Data (0028,1201). Required if Photometric Interpretation (0028,0004) has a value of PALETTE COLOR or Pixel Presentation (0008,9205) at the image level equals COLOR or MIXED."""

    GreenPaletteColorLookupTableDescriptor: Annotated[
        list[vr.US | vr.SS] | None,
        Attribute(
            0x00281102,
            "US or SS",
            "3",
            "1C",
            name="Green Palette Color Lookup Table Descriptor",
            when=(
                "or",
                ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
            ),
        ),
    ] = None
    """Green Palette Color Lookup Table Descriptor (0028,1102): Type 1C, VR US or SS, VM 3. Required if Photometric Interpretation (0028,0004) has a value of PALETTE COLOR or Pixel Presentation (0008,9205) at the image level equals COLOR or MIXED. Specifies the format of the Green Palette Color Lookup Table Data (0028,1202). Required if Photometric Interpretation (0028,0004) has a value of PALETTE COLOR or Pixel Presentation (0008,9205) at the image level equals COLOR or MIXED."""

    BluePaletteColorLookupTableDescriptor: Annotated[
        list[vr.US | vr.SS] | None,
        Attribute(
            0x00281103,
            "US or SS",
            "3",
            "1C",
            name="Blue Palette Color Lookup Table Descriptor",
            when=(
                "or",
                ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
            ),
        ),
    ] = None
    """Blue Palette Color Lookup Table Descriptor (0028,1103): Type 1C, VR US or SS, VM 3. Required if Photometric Interpretation (0028,0004) has a value of PALETTE COLOR or Pixel Presentation (0008,9205) at the image level equals COLOR or MIXED. Specifies the format of the Blue Palette Color Lookup Table Data (0028,1203). Required if Photometric Interpretation (0028,0004) has a value of PALETTE COLOR or Pixel Presentation (0008,9205) at the image level equals COLOR or MIXED."""

    RedPaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281201,
            "OW",
            "1",
            "1C",
            name="Red Palette Color Lookup Table Data",
            when=(
                "or",
                ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
            ),
        ),
    ] = None
    """Red Palette Color Lookup Table Data (0028,1201): Type 1C, VR OW, VM 1. Required if Photometric Interpretation (0028,0004) has a value of PALETTE COLOR or Pixel Presentation (0008,9205) at the image level equals COLOR or MIXED. Red Palette Color Lookup Table Data. Required if Photometric Interpretation (0028,0004) has a value of PALETTE COLOR or Pixel Presentation (0008,9205) at the image level equals COLOR or MIXED."""

    GreenPaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281202,
            "OW",
            "1",
            "1C",
            name="Green Palette Color Lookup Table Data",
            when=(
                "or",
                ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
            ),
        ),
    ] = None
    """Green Palette Color Lookup Table Data (0028,1202): Type 1C, VR OW, VM 1. Required if Photometric Interpretation (0028,0004) has a value of PALETTE COLOR or Pixel Presentation (0008,9205) at the image level equals COLOR or MIXED. Green Palette Color Lookup Table Data. Required if Photometric Interpretation (0028,0004) has a value of PALETTE COLOR or Pixel Presentation (0008,9205) at the image level equals COLOR or MIXED."""

    BluePaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281203,
            "OW",
            "1",
            "1C",
            name="Blue Palette Color Lookup Table Data",
            when=(
                "or",
                ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
                ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
            ),
        ),
    ] = None
    """Blue Palette Color Lookup Table Data (0028,1203): Type 1C, VR OW, VM 1. Required if Photometric Interpretation (0028,0004) has a value of PALETTE COLOR or Pixel Presentation (0008,9205) at the image level equals COLOR or MIXED. Blue Palette Color Lookup Table Data. Required if Photometric Interpretation (0028,0004) has a value of PALETTE COLOR or Pixel Presentation (0008,9205) at the image level equals COLOR or MIXED."""

    ICCProfile: Annotated[
        vr.OB | None, Attribute(0x00282000, "OB", "1", "3", name="ICC Profile")
    ] = None
    """ICC Profile (0028,2000): Type 3, VR OB, VM 1. An ICC Profile encoding the transformation of device-dependent color stored pixel values into PCS-Values. See Section C.11.15.1.1."""

    ColorSpace: Annotated[
        _ColorSpaceTerm | vr.CS | None, Attribute(0x00282002, "CS", "1", "3", name="Color Space")
    ] = None
    """Color Space (0028,2002): Type 3, VR CS, VM 1. A label that identifies the well-known color space of the image. Shall be consistent with any ICC Profile (0028,2000) that is also present. See Section C.11.15.1.2."""

    PixelData: Annotated[
        vr.OB | vr.OW, Attribute(0x7FE00010, "OB or OW", "1", "1", name="Pixel Data")
    ]
    """Pixel Data (7FE0,0010): Type 1, VR OB or OW, VM 1. A data stream of the pixel samples that comprise the Image. See Section C.7.6.3.1.4 for further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
    "PhotometricInterpretationTerm": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationTerm",
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
