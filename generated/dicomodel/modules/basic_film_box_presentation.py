"""Basic Film Box Presentation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.border_density import BorderDensityTerm as _BorderDensityTerm
    from dicomodel.enums.configuration_information import (
        ConfigurationInformationTerm as _ConfigurationInformationTerm,
    )
    from dicomodel.enums.empty_image_density import EmptyImageDensityTerm as _EmptyImageDensityTerm
    from dicomodel.enums.film_orientation import FilmOrientationValue as _FilmOrientationValue
    from dicomodel.enums.film_size_id import FilmSizeIDTerm as _FilmSizeIDTerm
    from dicomodel.enums.image_display_format import (
        ImageDisplayFormatValue as _ImageDisplayFormatValue,
    )
    from dicomodel.enums.magnification_type import MagnificationTypeTerm as _MagnificationTypeTerm
    from dicomodel.enums.requested_resolution_id import (
        RequestedResolutionIDTerm as _RequestedResolutionIDTerm,
    )
    from dicomodel.enums.trim import TrimValue as _TrimValue
else:
    from dicomodel.lazy import Lazy

    _BorderDensityTerm = Lazy("dicomodel.enums.border_density", "BorderDensityTerm")
    _ConfigurationInformationTerm = Lazy(
        "dicomodel.enums.configuration_information", "ConfigurationInformationTerm"
    )
    _EmptyImageDensityTerm = Lazy("dicomodel.enums.empty_image_density", "EmptyImageDensityTerm")
    _FilmOrientationValue = Lazy("dicomodel.enums.film_orientation", "FilmOrientationValue")
    _FilmSizeIDTerm = Lazy("dicomodel.enums.film_size_id", "FilmSizeIDTerm")
    _ImageDisplayFormatValue = Lazy(
        "dicomodel.enums.image_display_format", "ImageDisplayFormatValue"
    )
    _MagnificationTypeTerm = Lazy("dicomodel.enums.magnification_type", "MagnificationTypeTerm")
    _RequestedResolutionIDTerm = Lazy(
        "dicomodel.enums.requested_resolution_id", "RequestedResolutionIDTerm"
    )
    _TrimValue = Lazy("dicomodel.enums.trim", "TrimValue")

if TYPE_CHECKING:
    from dicomodel.enums.border_density import BorderDensityTerm as BorderDensityTerm
    from dicomodel.enums.configuration_information import (
        ConfigurationInformationTerm as ConfigurationInformationTerm,
    )
    from dicomodel.enums.empty_image_density import EmptyImageDensityTerm as EmptyImageDensityTerm
    from dicomodel.enums.film_orientation import FilmOrientation as FilmOrientation
    from dicomodel.enums.film_size_id import FilmSizeIDTerm as FilmSizeIDTerm
    from dicomodel.enums.image_display_format import ImageDisplayFormat as ImageDisplayFormat
    from dicomodel.enums.magnification_type import MagnificationTypeTerm as MagnificationTypeTerm
    from dicomodel.enums.requested_resolution_id import (
        RequestedResolutionIDTerm as RequestedResolutionIDTerm,
    )
    from dicomodel.enums.trim import Trim as Trim

__all__ = [
    "BasicFilmBoxPresentationModule",
    "BorderDensityTerm",
    "ConfigurationInformationTerm",
    "EmptyImageDensityTerm",
    "FilmOrientation",
    "FilmSizeIDTerm",
    "ImageDisplayFormat",
    "MagnificationTypeTerm",
    "RequestedResolutionIDTerm",
    "Trim",
]


class BasicFilmBoxPresentationModule(DicomModel):
    """Basic Film Box Presentation Module Attributes (PS3.3 Table C.13-3)."""

    dicom_name: ClassVar[str] = "Basic Film Box Presentation"
    dicom_table: ClassVar[str] = "table_C.13-3"

    ImageDisplayFormat: Annotated[
        _ImageDisplayFormatValue | None,
        Attribute(
            0x20100010,
            "ST",
            "1",
            None,
            name="Image Display Format",
            enumerated=(
                (
                    0,
                    (
                        "STANDARD\\C,R",
                        "ROW\\R1,R2,R3, etc.",
                        "COL\\C1,C2,C3, etc.",
                        "SLIDE",
                        "SUPERSLIDE",
                        "CUSTOM\\i",
                    ),
                ),
            ),
        ),
    ] = None
    """Image Display Format (2010,0010): no Type, VR ST, VM 1. Type of image display format. Enumerated Values: STANDARD\\C,R film contains equal size rectangular image boxes with R rows of image boxes and C columns of image boxes; C and R are integers ROW\\R1,R2,R3, etc."""

    AnnotationDisplayFormatID: Annotated[
        vr.CS | None, Attribute(0x20100030, "CS", "1", None, name="Annotation Display Format ID")
    ] = None
    """Annotation Display Format ID (2010,0030): no Type, VR CS, VM 1. Identification of annotation display format. The definition of the annotation display formats and the annotation box position Sequence are defined in the Conformance Statement."""

    FilmOrientation: Annotated[
        _FilmOrientationValue | None,
        Attribute(
            0x20100040,
            "CS",
            "1",
            None,
            name="Film Orientation",
            enumerated=((0, ("PORTRAIT", "LANDSCAPE")),),
        ),
    ] = None
    """Film Orientation (2010,0040): no Type, VR CS, VM 1. Film orientation. Enumerated Values: PORTRAIT vertical film position LANDSCAPE horizontal film position"""

    FilmSizeID: Annotated[
        _FilmSizeIDTerm | vr.CS | None, Attribute(0x20100050, "CS", "1", None, name="Film Size ID")
    ] = None
    """Film Size ID (2010,0050): no Type, VR CS, VM 1. Film size identification. Defined Terms: 8INX10IN 8_5INX11IN 10INX12IN 10INX14IN 11INX14IN 11INX17IN 14INX14IN 14INX17IN 24CMX24CM 24CMX30CM A4 A3 10INX14IN corresponds with 25.7CMX36.4CM, A4 corresponds with 210 x 297 millimeters, A3 corre..."""

    MagnificationType: Annotated[
        _MagnificationTypeTerm | vr.CS | None,
        Attribute(0x20100060, "CS", "1", None, name="Magnification Type"),
    ] = None
    """Magnification Type (2010,0060): no Type, VR CS, VM 1. Interpolation type by which the printer magnifies or decimates the image in order to fit the image in the image box on film. Defined Terms: REPLICATE BILINEAR CUBIC NONE"""

    SmoothingType: Annotated[
        vr.CS | None, Attribute(0x20100080, "CS", "1", None, name="Smoothing Type")
    ] = None
    """Smoothing Type (2010,0080): no Type, VR CS, VM 1. Further specifies the type of the interpolation function. Values are defined in Conformance Statement. Only valid for Magnification Type (2010,0060) = CUBIC."""

    BorderDensity: Annotated[
        _BorderDensityTerm | vr.CS | None,
        Attribute(0x20100100, "CS", "1", None, name="Border Density"),
    ] = None
    """Border Density (2010,0100): no Type, VR CS, VM 1. Density of the film areas surrounding and between images on the film. Defined Terms: BLACK WHITE i where i represents the desired density in hundredths of OD (e.g., 150 corresponds with 1.5 OD)."""

    EmptyImageDensity: Annotated[
        _EmptyImageDensityTerm | vr.CS | None,
        Attribute(0x20100110, "CS", "1", None, name="Empty Image Density"),
    ] = None
    """Empty Image Density (2010,0110): no Type, VR CS, VM 1. Density of the image box area on the film that contains no image. Defined Terms: BLACK WHITE i where i represents the desired density in hundredths of OD (e.g., 150 corresponds with 1.5 OD)."""

    MinDensity: Annotated[
        vr.US | None, Attribute(0x20100120, "US", "1", None, name="Min Density")
    ] = None
    """Min Density (2010,0120): no Type, VR US, VM 1. Minimum density of the images on the film, expressed in hundredths of OD. If Min Density is lower than minimum printer density than Min Density is set to minimum printer density."""

    MaxDensity: Annotated[
        vr.US | None, Attribute(0x20100130, "US", "1", None, name="Max Density")
    ] = None
    """Max Density (2010,0130): no Type, VR US, VM 1. Maximum density of the images on the film, expressed in hundredths of OD. If Max Density is higher than maximum printer density than Max Density is set to maximum printer density."""

    Trim: Annotated[
        _TrimValue | None,
        Attribute(0x20100140, "CS", "1", None, name="Trim", enumerated=((0, ("YES", "NO")),)),
    ] = None
    """Trim (2010,0140): no Type, VR CS, VM 1. Specifies whether a trim box shall be printed surrounding each image on the film. Enumerated Values: YES NO"""

    ConfigurationInformation: Annotated[
        _ConfigurationInformationTerm | vr.ST | None,
        Attribute(0x20100150, "ST", "1", None, name="Configuration Information"),
    ] = None
    """Configuration Information (2010,0150): no Type, VR ST, VM 1. Character string that contains either the ID of the printer configuration table that contains a set of values for implementation specific print parameters (e.g., perception LUT related parameters) or one or more configuration data values, e..."""

    Illumination: Annotated[
        vr.US | None, Attribute(0x2010015E, "US", "1", None, name="Illumination")
    ] = None
    """Illumination (2010,015E): no Type, VR US, VM 1. Luminance of lightbox illuminating a piece of transmissive film, or for the case of reflective media, luminance obtainable from diffuse reflection of the illumination present. Expressed as L0, in candelas per square meter (cd/m2)."""

    ReflectedAmbientLight: Annotated[
        vr.US | None, Attribute(0x20100160, "US", "1", None, name="Reflected Ambient Light")
    ] = None
    """Reflected Ambient Light (2010,0160): no Type, VR US, VM 1. For transmissive film, luminance contribution due to reflected ambient light. Expressed as La, in candelas per square meter (cd/m2)."""

    RequestedResolutionID: Annotated[
        _RequestedResolutionIDTerm | vr.CS | None,
        Attribute(0x20200050, "CS", "1", None, name="Requested Resolution ID"),
    ] = None
    """Requested Resolution ID (2020,0050): no Type, VR CS, VM 1. Specifies the resolution at which images in this Film Box are to be printed. Defined Terms: STANDARD Approximately 4k x 5k printable pixels on a 14 x 17 inch film HIGH Approximately twice the resolution of STANDARD."""

    ICCProfile: Annotated[
        vr.OB | None, Attribute(0x00282000, "OB", "1", None, name="ICC Profile")
    ] = None
    """ICC Profile (0028,2000): no Type, VR OB, VM 1. An ICC Profile encoding the transformation of device-dependent color stored pixel values into PCS-Values. See Section C.11.15."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BorderDensityTerm": ("dicomodel.enums.border_density", "BorderDensityTerm"),
    "ConfigurationInformationTerm": (
        "dicomodel.enums.configuration_information",
        "ConfigurationInformationTerm",
    ),
    "EmptyImageDensityTerm": ("dicomodel.enums.empty_image_density", "EmptyImageDensityTerm"),
    "FilmOrientation": ("dicomodel.enums.film_orientation", "FilmOrientation"),
    "FilmSizeIDTerm": ("dicomodel.enums.film_size_id", "FilmSizeIDTerm"),
    "ImageDisplayFormat": ("dicomodel.enums.image_display_format", "ImageDisplayFormat"),
    "MagnificationTypeTerm": ("dicomodel.enums.magnification_type", "MagnificationTypeTerm"),
    "RequestedResolutionIDTerm": (
        "dicomodel.enums.requested_resolution_id",
        "RequestedResolutionIDTerm",
    ),
    "Trim": ("dicomodel.enums.trim", "Trim"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
