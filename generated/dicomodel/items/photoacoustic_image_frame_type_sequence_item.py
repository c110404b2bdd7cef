"""Item class PhotoacousticImageFrameTypeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.pixel_presentation import PixelPresentationValue as _PixelPresentationValue
    from dicomodel.enums.volume_based_calculation_technique import (
        VolumeBasedCalculationTechniqueTerm as _VolumeBasedCalculationTechniqueTerm,
    )
    from dicomodel.enums.volumetric_properties import (
        VolumetricPropertiesValue as _VolumetricPropertiesValue,
    )
else:
    from dicomodel.lazy import Lazy

    _PixelPresentationValue = Lazy("dicomodel.enums.pixel_presentation", "PixelPresentationValue")
    _VolumeBasedCalculationTechniqueTerm = Lazy(
        "dicomodel.enums.volume_based_calculation_technique", "VolumeBasedCalculationTechniqueTerm"
    )
    _VolumetricPropertiesValue = Lazy(
        "dicomodel.enums.volumetric_properties", "VolumetricPropertiesValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.pixel_presentation import PixelPresentation as PixelPresentation
    from dicomodel.enums.volume_based_calculation_technique import (
        VolumeBasedCalculationTechniqueTerm as VolumeBasedCalculationTechniqueTerm,
    )
    from dicomodel.enums.volumetric_properties import VolumetricProperties as VolumetricProperties

__all__ = [
    "PhotoacousticImageFrameTypeSequenceItem",
    "PixelPresentation",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumetricProperties",
]


class PhotoacousticImageFrameTypeSequenceItem(DicomModel):
    """An item of Photoacoustic Image Frame Type Sequence (0018,9835), as first defined in Photoacoustic Image Frame Type Macro Attributes (C.8.34.5.2-1)."""

    dicom_name: ClassVar[str] = "Photoacoustic Image Frame Type Sequence"
    dicom_table: ClassVar[str] = "table_C.8.34.5.2-1"

    FrameType: Annotated[list[vr.CS], Attribute(0x00089007, "CS", "4-5", "1", name="Frame Type")]
    """Frame Type (0008,9007): Type 1, VR CS, VM 4-5. Type of frame. A multi-valued Attribute analogous to Image Type (0008,0008). Enumerated Values and Defined Terms are the same as those for the four values of Image Type (0008,0008), except that the value MIXED is not allowed."""

    PixelPresentation: Annotated[
        _PixelPresentationValue,
        Attribute(
            0x00089205,
            "CS",
            "1",
            "1",
            name="Pixel Presentation",
            enumerated=((0, ("COLOR", "MONOCHROME", "MIXED", "TRUE_COLOR")),),
        ),
    ]
    """Pixel Presentation (0008,9205): Type 1, VR CS, VM 1. Indication of the presence or absence of color information that may be used during rendering. See Section C.8.16.2.1.1 for a description and Enumerated Values."""

    VolumetricProperties: Annotated[
        _VolumetricPropertiesValue,
        Attribute(
            0x00089206,
            "CS",
            "1",
            "1",
            name="Volumetric Properties",
            enumerated=((0, ("VOLUME", "SAMPLED", "DISTORTED", "MIXED")),),
        ),
    ]
    """Volumetric Properties (0008,9206): Type 1, VR CS, VM 1. Indication if geometric manipulations are possible with frames in the SOP Instance. See Section C.8.16.2.1.2 for a description and Enumerated Values."""

    VolumeBasedCalculationTechnique: Annotated[
        _VolumeBasedCalculationTechniqueTerm | vr.CS,
        Attribute(0x00089207, "CS", "1", "1", name="Volume Based Calculation Technique"),
    ]
    """Volume Based Calculation Technique (0008,9207): Type 1, VR CS, VM 1. Method used for volume calculations with frames in the SOP Instance. See Section C.8.16.2.1.3 for a description and Defined Terms."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PixelPresentation": ("dicomodel.enums.pixel_presentation", "PixelPresentation"),
    "VolumeBasedCalculationTechniqueTerm": (
        "dicomodel.enums.volume_based_calculation_technique",
        "VolumeBasedCalculationTechniqueTerm",
    ),
    "VolumetricProperties": ("dicomodel.enums.volumetric_properties", "VolumetricProperties"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
