"""Enumerated Values and Defined Terms of Photometric Interpretation.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "PhotometricInterpretation",
    "PhotometricInterpretationCRImage",
    "PhotometricInterpretationCRImageValue",
    "PhotometricInterpretationCornealTopographyMapImage",
    "PhotometricInterpretationCornealTopographyMapImageValue",
    "PhotometricInterpretationImageBoxPixelPresentation",
    "PhotometricInterpretationImageBoxPixelPresentationValue",
    "PhotometricInterpretationNMImagePixel",
    "PhotometricInterpretationNMImagePixelValue",
    "PhotometricInterpretationOphthalmicPhotographyImage",
    "PhotometricInterpretationOphthalmicPhotographyImageValue",
    "PhotometricInterpretationTerm",
    "PhotometricInterpretationTermUSImage",
    "PhotometricInterpretationVLImage",
    "PhotometricInterpretationVLImageValue",
    "PhotometricInterpretationValue",
    "PhotometricInterpretationWholeSlideMicroscopyImage",
    "PhotometricInterpretationWholeSlideMicroscopyImageValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import PhotometricInterpretation as PhotometricInterpretation
    from dicomodel.enums import (
        PhotometricInterpretationCornealTopographyMapImage as PhotometricInterpretationCornealTopographyMapImage,
    )
    from dicomodel.enums import (
        PhotometricInterpretationCornealTopographyMapImageValue as PhotometricInterpretationCornealTopographyMapImageValue,
    )
    from dicomodel.enums import PhotometricInterpretationCRImage as PhotometricInterpretationCRImage
    from dicomodel.enums import (
        PhotometricInterpretationCRImageValue as PhotometricInterpretationCRImageValue,
    )
    from dicomodel.enums import (
        PhotometricInterpretationImageBoxPixelPresentation as PhotometricInterpretationImageBoxPixelPresentation,
    )
    from dicomodel.enums import (
        PhotometricInterpretationImageBoxPixelPresentationValue as PhotometricInterpretationImageBoxPixelPresentationValue,
    )
    from dicomodel.enums import (
        PhotometricInterpretationNMImagePixel as PhotometricInterpretationNMImagePixel,
    )
    from dicomodel.enums import (
        PhotometricInterpretationNMImagePixelValue as PhotometricInterpretationNMImagePixelValue,
    )
    from dicomodel.enums import (
        PhotometricInterpretationOphthalmicPhotographyImage as PhotometricInterpretationOphthalmicPhotographyImage,
    )
    from dicomodel.enums import (
        PhotometricInterpretationOphthalmicPhotographyImageValue as PhotometricInterpretationOphthalmicPhotographyImageValue,
    )
    from dicomodel.enums import PhotometricInterpretationTerm as PhotometricInterpretationTerm
    from dicomodel.enums import (
        PhotometricInterpretationTermUSImage as PhotometricInterpretationTermUSImage,
    )
    from dicomodel.enums import PhotometricInterpretationValue as PhotometricInterpretationValue
    from dicomodel.enums import PhotometricInterpretationVLImage as PhotometricInterpretationVLImage
    from dicomodel.enums import (
        PhotometricInterpretationVLImageValue as PhotometricInterpretationVLImageValue,
    )
    from dicomodel.enums import (
        PhotometricInterpretationWholeSlideMicroscopyImage as PhotometricInterpretationWholeSlideMicroscopyImage,
    )
    from dicomodel.enums import (
        PhotometricInterpretationWholeSlideMicroscopyImageValue as PhotometricInterpretationWholeSlideMicroscopyImageValue,
    )


@cache
def _PhotometricInterpretationTerm() -> type[StrEnum]:
    class PhotometricInterpretationTerm(StrEnum):
        """Defined Terms of Photometric Interpretation (0028,0004) in Image Pixel Macro Attributes (C.7-11b)."""

        MONOCHROME1 = "MONOCHROME1"
        """Pixel data represent a single monochrome image plane. The minimum sample value is intended to be displayed as white after any VOI gray scale transformations have been performed. See PS3.4. This value may be used only when Samples per Pixel (0028,0002) has a value of 1. May be used for pixel data in a Native (uncompressed) or Encapsulated (compressed) format; see Section 8.2 in PS3.5."""
        MONOCHROME2 = "MONOCHROME2"
        """Pixel data represent a single monochrome image plane. The minimum sample value is intended to be displayed as black after any VOI gray scale transformations have been performed. See PS3.4. This value may be used only when Samples per Pixel (0028,0002) has a value of 1. May be used for pixel data in a Native (uncompressed) or Encapsulated (compressed) format; see Section 8.2 in PS3.5."""
        PALETTE_COLOR = "PALETTE COLOR"
        """Pixel data describe a color image with a single sample per pixel (single image plane). The pixel value is used as an index into each of the Red, Blue, and Green Palette Color Lookup Tables (0028,1101-1103&1201-1203). This value may be used only when Samples per Pixel (0028,0002) has a value of 1. May be used for pixel data in a Native (uncompressed) or Encapsulated (compressed) format; see Section 8.2 in PS3.5. When the Photometric Interpretation is Palette Color; Red, Blue, and Green Palette Color Lookup Tables shall be present."""
        RGB = "RGB"
        """Pixel data represent a color image described by red, green, and blue image planes. The minimum sample value for each color plane represents minimum intensity of the color. This value may be used only when Samples per Pixel (0028,0002) has a value of 3. Planar Configuration (0028,0006) may be 0 or 1. May be used for pixel data in a Native (uncompressed) or Encapsulated (compressed) format; see Section 8.2 in PS3.5."""
        HSV = "HSV"
        """Retired."""
        ARGB = "ARGB"
        """Retired."""
        CMYK = "CMYK"
        """Retired."""
        YBR_FULL = "YBR_FULL"
        """Pixel data represent a color image described by one luminance (Y) and two chrominance planes (CB and CR). This photometric interpretation may be used only when Samples per Pixel (0028,0002) has a value of 3. May be used for pixel data in a Native (uncompressed) or Encapsulated (compressed) format; see Section 8.2 in PS3.5. Planar Configuration (0028,0006) may be 0 or 1. This Photometric Interpretation is primarily used with RLE compressed bit streams, for which the Planar Configuration (0028,0006) may be 0 or 1; see Section 8.2.2 in PS3.5 and Section G.2 in PS3.5. When used in the US Image Module, the Planar Configuration (0028,0006) is required to be 1; see Section C.8.5.6.1.16 “Planar Configuration”. Black is represented by Y equal to zero. The absence of color is represented by both CB and CR values equal to half full scale. In the case where Bits Allocated (0028,0100) has value of 8 half full scale is 128. In the case where Bits Allocated (0028,0100) has a value of 8 then the following equations convert between RGB and YCBCR Photometric Interpretation. Y = + .2990R + .5870G + .1140B CB= - .1687R - .3313G + .5000B + 128 CR= + .5000R - .4187G - .0813B + 128 The above is based on CCIR Recommendation 601-2 dated 1990."""
        YBR_FULL_422 = "YBR_FULL_422"
        """The same as YBR_FULL except that the CB and CR values are sampled horizontally at half the Y rate and as a result there are half as many CB and CR values as Y values. Planar Configuration (0028,0006) shall be 0. May be used for pixel data in a Native (uncompressed) or Encapsulated (compressed) format; see Section 8.2 in PS3.5. This Photometric Interpretation is primarily used with JPEG compressed bit streams, but is also occasionally used for pixel data in a Native (uncompressed) format. Though the chrominance channels are downsampled, there are still nominally three channels, hence Samples per Pixel (0028,0002) has a value of 3, not 2. I.e., for pixel data in a Native (uncompressed) format, the Value Length of Pixel Data (7FE0,0010) is not: Rows (0028,0010) * Columns (0028,0011) * Number of Frames (0028,0008) * Samples per Pixel (0028,0002) * (⌊(Bits Allocated (0028,0100)-1)/8⌋+1) padded to an even length, as it would otherwise be, but rather is: Rows (0028,0010) * Columns (0028,0011) * Number of Frames (0028,0008) * 2 * (⌊(Bits Allocated (0028,0100)-1)/8⌋+1) padded to an even length. When used to describe JPEG compressed bit streams, the chrominance sub-sampling in the JPEG bit stream may differ from this description. E.g., though many JPEG codecs produce only horizontally sub-sampled chrominance components (4:2:2), some sub-sample vertically as well (4:2:0). Though inaccurate, the use of YBR_FULL_422 to describe both has proven harmless. For a discussion of the sub-sampling notation, see [Poynton 2008]. Two Y values shall be stored followed by one CB and one CR value. The CB and CR values shall be sampled at the location of the first of the two Y values. For each Row of Pixels, the first CB and CR samples shall be at the location of the first Y sample. The next CB and CR samples shall be at the location of the third Y sample etc. This subsampling sited on the even luminance pixels is often referred to as cosited sampling. The cositing applies when describing pixel data in a Native (uncompressed) form. When used to describe compressed bit streams, the siting depends on the compression scheme. E.g., for JPEG according to JFIF [ISO/IEC 10918-5], the siting is midway between luminance samples, whereas for MPEG2 [ISO/IEC 13818-2], the sampling is cosited with the even luminance pixels. See also [Poynton 2008]."""
        YBR_PARTIAL_422 = "YBR_PARTIAL_422"
        """Retired. See PS3.3-2017b."""
        YBR_PARTIAL_420 = "YBR_PARTIAL_420"
        """Pixel data represent a color image described by one luminance (Y) and two chrominance planes (CB and CR). This photometric interpretation may be used only when Samples per Pixel (0028,0002) has a value of 3. The CB and CR values are sampled horizontally and vertically at half the Y rate and as a result there are four times less CB and CR values than Y values. Planar Configuration (0028,0006) shall be 0. Shall only be used for pixel data in an Encapsulated (compressed) format; see Section 8.2 in PS3.5. This Photometric Interpretation is primarily used with MPEG compressed bit streams. For a discussion of the sub-sampling notation and siting, see [Poynton 2008]. Luminance and chrominance values are represented as follows: black corresponds to Y = 16; Y is restricted to 220 levels (i.e., the maximum value is 235); CB and CR each has a minimum value of 16; CB and CR are restricted to 225 levels (i.e., the maximum value is 240); lack of color is represented by CB and CR equal to 128. In the case where Bits Allocated (0028,0100) has value of 8 then the following equations convert between RGB and YBR_PARTIAL_420 Photometric Interpretation Y = + .2568R + .5041G + .0979B + 16 CB= - .1482R - .2910G + .4392B + 128 CR= + .4392R - .3678G - .0714B + 128 The above is based on CCIR Recommendation 601-2 dated 1990. The CB and CR values shall be sampled at the location of the first of the two Y values. For the first Row of Pixels (etc.), the first CB and CR samples shall be at the location of the first Y sample. The next CB and CR samples shall be at the location of the third Y sample etc. The next Rows of Pixels containing CB and CR samples (at the same locations than for the first Row) will be the third etc."""
        YBR_ICT = "YBR_ICT"
        """Irreversible Color Transformation: Pixel data represent a color image described by one luminance (Y) and two chrominance planes (CB and CR). This photometric interpretation may be used only when Samples per Pixel (0028,0002) has a value of 3. Planar Configuration (0028,0006) shall be 0. Shall only be used for pixel data in an Encapsulated (compressed) format; see Section 8.2 in PS3.5. This Photometric Interpretation is primarily used with JPEG 2000 compressed bit streams. Black is represented by Y equal to zero. The absence of color is represented by both CB and CR values equal to zero. Regardless of the value of Bits Allocated (0028,0100), the following equations convert between RGB and YCBCR Photometric Interpretation. Y = + .29900R + .58700G + .11400B CB= - .16875R - .33126G + .50000B CR= + .50000R - .41869G - .08131B The above is based on [ISO/IEC 15444-1] (JPEG 2000). In a JPEG 2000 bit stream, DC level shifting (used if the untransformed components are unsigned) is applied before forward color transformation, and the transformed components may be signed (unlike in JPEG ISO/IEC 10918-1). In JPEG 2000, spatial down-sampling of the chrominance components, if performed, is signaled in the JPEG 2000 bit stream."""
        YBR_RCT = "YBR_RCT"
        """Reversible Color Transformation: Pixel data represent a color image described by one luminance (Y) and two chrominance planes (CB and CR). This photometric interpretation may be used only when Samples per Pixel (0028,0002) has a value of 3. Planar Configuration (0028,0006) shall be 0. Shall only be used for pixel data in an Encapsulated (compressed) format; see Section 8.2 in PS3.5. This Photometric Interpretation is primarily used with JPEG 2000 compressed bit streams. Black is represented by Y equal to zero. The absence of color is represented by both CB and CR values equal to zero. Regardless of the value of Bits Allocated (0028,0100), the following equations convert between RGB and YBR_RCT Photometric Interpretation. Y = ⌊(R + 2G +B) / 4⌋ (Note: ⌊…⌋ mean floor) CB= B - G CR= R - G The following equations convert between YBR_RCT and RGB Photometric Interpretation. G = Y - ⌊ (CR+ CB) / 4⌋ R = CR+ G B = CB+ G The above is based on [ISO/IEC 15444-1] (JPEG 2000). In a JPEG 2000 bit stream, DC level shifting (used if the untransformed components are unsigned) is applied before forward color transformation, and the transformed components may be signed (unlike in JPEG ISO/IEC 10918-1). This photometric interpretation is a reversible approximation to the YUV transformation used in PAL and SECAM."""

    PhotometricInterpretationTerm.__qualname__ = "PhotometricInterpretationTerm"
    return PhotometricInterpretationTerm


@cache
def _PhotometricInterpretation() -> type[StrEnum]:
    class PhotometricInterpretation(StrEnum):
        """Enumerated Values of Photometric Interpretation (0028,0004) in Floating Point Image Pixel Module Attributes (C.7.6.24-1)."""

        MONOCHROME2 = "MONOCHROME2"

    PhotometricInterpretation.__qualname__ = "PhotometricInterpretation"
    return PhotometricInterpretation


@cache
def _PhotometricInterpretationCRImage() -> type[StrEnum]:
    class PhotometricInterpretationCRImage(StrEnum):
        """Enumerated Values of Photometric Interpretation (0028,0004) in CR Image Module Attributes (C.8-2)."""

        MONOCHROME1 = "MONOCHROME1"
        MONOCHROME2 = "MONOCHROME2"

    PhotometricInterpretationCRImage.__qualname__ = "PhotometricInterpretationCRImage"
    return PhotometricInterpretationCRImage


@cache
def _PhotometricInterpretationNMImagePixel() -> type[StrEnum]:
    class PhotometricInterpretationNMImagePixel(StrEnum):
        """Enumerated Values of Photometric Interpretation (0028,0004) in NM Image Pixel Module Attributes (C.8-6)."""

        MONOCHROME2 = "MONOCHROME2"
        PALETTE_COLOR = "PALETTE COLOR"

    PhotometricInterpretationNMImagePixel.__qualname__ = "PhotometricInterpretationNMImagePixel"
    return PhotometricInterpretationNMImagePixel


@cache
def _PhotometricInterpretationTermUSImage() -> type[StrEnum]:
    class PhotometricInterpretationTermUSImage(StrEnum):
        """Defined Terms of Photometric Interpretation (0028,0004) in US Image Module Attributes (C.8-18)."""

        MONOCHROME2 = "MONOCHROME2"
        PALETTE_COLOR = "PALETTE COLOR"
        RGB = "RGB"
        YBR_FULL = "YBR_FULL"
        YBR_FULL_422 = "YBR_FULL_422"
        YBR_RCT = "YBR_RCT"
        YBR_ICT = "YBR_ICT"
        YBR_PARTIAL_420 = "YBR_PARTIAL_420"

    PhotometricInterpretationTermUSImage.__qualname__ = "PhotometricInterpretationTermUSImage"
    return PhotometricInterpretationTermUSImage


@cache
def _PhotometricInterpretationVLImage() -> type[StrEnum]:
    class PhotometricInterpretationVLImage(StrEnum):
        """Enumerated Values of Photometric Interpretation (0028,0004) in VL Image Module Attributes (C.8-77)."""

        MONOCHROME2 = "MONOCHROME2"
        RGB = "RGB"
        YBR_FULL_422 = "YBR_FULL_422"
        YBR_PARTIAL_420 = "YBR_PARTIAL_420"
        YBR_RCT = "YBR_RCT"
        YBR_ICT = "YBR_ICT"

    PhotometricInterpretationVLImage.__qualname__ = "PhotometricInterpretationVLImage"
    return PhotometricInterpretationVLImage


@cache
def _PhotometricInterpretationWholeSlideMicroscopyImage() -> type[StrEnum]:
    class PhotometricInterpretationWholeSlideMicroscopyImage(StrEnum):
        """Enumerated Values of Photometric Interpretation (0028,0004) in Whole Slide Microscopy Image Module Attributes (C.8.12.4-1)."""

        MONOCHROME2 = "MONOCHROME2"
        RGB = "RGB"
        YBR_FULL_422 = "YBR_FULL_422"
        YBR_ICT = "YBR_ICT"
        YBR_RCT = "YBR_RCT"

    PhotometricInterpretationWholeSlideMicroscopyImage.__qualname__ = (
        "PhotometricInterpretationWholeSlideMicroscopyImage"
    )
    return PhotometricInterpretationWholeSlideMicroscopyImage


@cache
def _PhotometricInterpretationOphthalmicPhotographyImage() -> type[StrEnum]:
    class PhotometricInterpretationOphthalmicPhotographyImage(StrEnum):
        """Enumerated Values of Photometric Interpretation (0028,0004) in Ophthalmic Photography Image Module Attributes (C.8.17.2-1)."""

        MONOCHROME2 = "MONOCHROME2"
        RGB = "RGB"
        YBR_FULL_422 = "YBR_FULL_422"
        YBR_PARTIAL_420 = "YBR_PARTIAL_420"
        YBR_ICT = "YBR_ICT"
        YBR_RCT = "YBR_RCT"

    PhotometricInterpretationOphthalmicPhotographyImage.__qualname__ = (
        "PhotometricInterpretationOphthalmicPhotographyImage"
    )
    return PhotometricInterpretationOphthalmicPhotographyImage


@cache
def _PhotometricInterpretationCornealTopographyMapImage() -> type[StrEnum]:
    class PhotometricInterpretationCornealTopographyMapImage(StrEnum):
        """Enumerated Values of Photometric Interpretation (0028,0004) in Corneal Topography Map Image Module Attributes (C.8.30.2-1)."""

        PALETTE_COLOR = "PALETTE COLOR"

    PhotometricInterpretationCornealTopographyMapImage.__qualname__ = (
        "PhotometricInterpretationCornealTopographyMapImage"
    )
    return PhotometricInterpretationCornealTopographyMapImage


@cache
def _PhotometricInterpretationImageBoxPixelPresentation() -> type[StrEnum]:
    class PhotometricInterpretationImageBoxPixelPresentation(StrEnum):
        """Enumerated Values of Photometric Interpretation (0028,0004) in Image Box Pixel Presentation Module Attributes (C.13-5)."""

        RGB = "RGB"

    PhotometricInterpretationImageBoxPixelPresentation.__qualname__ = (
        "PhotometricInterpretationImageBoxPixelPresentation"
    )
    return PhotometricInterpretationImageBoxPixelPresentation


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "PhotometricInterpretationTerm": _PhotometricInterpretationTerm,
    "PhotometricInterpretation": _PhotometricInterpretation,
    "PhotometricInterpretationValue": _PhotometricInterpretation,
    "PhotometricInterpretationCRImage": _PhotometricInterpretationCRImage,
    "PhotometricInterpretationCRImageValue": _PhotometricInterpretationCRImage,
    "PhotometricInterpretationNMImagePixel": _PhotometricInterpretationNMImagePixel,
    "PhotometricInterpretationNMImagePixelValue": _PhotometricInterpretationNMImagePixel,
    "PhotometricInterpretationTermUSImage": _PhotometricInterpretationTermUSImage,
    "PhotometricInterpretationVLImage": _PhotometricInterpretationVLImage,
    "PhotometricInterpretationVLImageValue": _PhotometricInterpretationVLImage,
    "PhotometricInterpretationWholeSlideMicroscopyImage": _PhotometricInterpretationWholeSlideMicroscopyImage,
    "PhotometricInterpretationWholeSlideMicroscopyImageValue": _PhotometricInterpretationWholeSlideMicroscopyImage,
    "PhotometricInterpretationOphthalmicPhotographyImage": _PhotometricInterpretationOphthalmicPhotographyImage,
    "PhotometricInterpretationOphthalmicPhotographyImageValue": _PhotometricInterpretationOphthalmicPhotographyImage,
    "PhotometricInterpretationCornealTopographyMapImage": _PhotometricInterpretationCornealTopographyMapImage,
    "PhotometricInterpretationCornealTopographyMapImageValue": _PhotometricInterpretationCornealTopographyMapImage,
    "PhotometricInterpretationImageBoxPixelPresentation": _PhotometricInterpretationImageBoxPixelPresentation,
    "PhotometricInterpretationImageBoxPixelPresentationValue": _PhotometricInterpretationImageBoxPixelPresentation,
}


def __getattr__(name: str) -> Any:
    """An enum of this file, made on first use (issue 16)."""
    make = _MAKERS.get(name)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = make()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
