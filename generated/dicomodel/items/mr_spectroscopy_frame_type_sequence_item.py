"""Item class MRSpectroscopyFrameTypeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_contrast import (
        AcquisitionContrastTermMRSpectroscopyFrameType as _AcquisitionContrastTermMRSpectroscopyFrameType,
    )
    from dicomodel.enums.complex_image_component import (
        ComplexImageComponentTermMRSpectroscopyFrameType as _ComplexImageComponentTermMRSpectroscopyFrameType,
    )
    from dicomodel.enums.volume_based_calculation_technique import (
        VolumeBasedCalculationTechniqueTerm as _VolumeBasedCalculationTechniqueTerm,
    )
    from dicomodel.enums.volumetric_properties import (
        VolumetricPropertiesValue as _VolumetricPropertiesValue,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquisitionContrastTermMRSpectroscopyFrameType = Lazy(
        "dicomodel.enums.acquisition_contrast", "AcquisitionContrastTermMRSpectroscopyFrameType"
    )
    _ComplexImageComponentTermMRSpectroscopyFrameType = Lazy(
        "dicomodel.enums.complex_image_component",
        "ComplexImageComponentTermMRSpectroscopyFrameType",
    )
    _VolumeBasedCalculationTechniqueTerm = Lazy(
        "dicomodel.enums.volume_based_calculation_technique", "VolumeBasedCalculationTechniqueTerm"
    )
    _VolumetricPropertiesValue = Lazy(
        "dicomodel.enums.volumetric_properties", "VolumetricPropertiesValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_contrast import (
        AcquisitionContrastTermMRSpectroscopyFrameType as AcquisitionContrastTerm,
    )
    from dicomodel.enums.complex_image_component import (
        ComplexImageComponentTermMRSpectroscopyFrameType as ComplexImageComponentTerm,
    )
    from dicomodel.enums.volume_based_calculation_technique import (
        VolumeBasedCalculationTechniqueTerm as VolumeBasedCalculationTechniqueTerm,
    )
    from dicomodel.enums.volumetric_properties import VolumetricProperties as VolumetricProperties

__all__ = [
    "AcquisitionContrastTerm",
    "ComplexImageComponentTerm",
    "MRSpectroscopyFrameTypeSequenceItem",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumetricProperties",
]


class MRSpectroscopyFrameTypeSequenceItem(DicomModel):
    """An item of MR Spectroscopy Frame Type Sequence (0018,9227), as first defined in MR Spectroscopy Frame Type Macro Attributes (C.8-104)."""

    dicom_name: ClassVar[str] = "MR Spectroscopy Frame Type Sequence"
    dicom_table: ClassVar[str] = "table_C.8-104"

    FrameType: Annotated[
        list[vr.CS],
        Attribute(
            0x00089007,
            "CS",
            "4-5",
            "1",
            name="Frame Type",
            enumerated=((1, ("ORIGINAL", "DERIVED", "MIXED")), (2, ("PRIMARY",)), (4, ("NONE",))),
        ),
    ]
    """Frame Type (0008,9007): Type 1, VR CS, VM 4-5. Spectroscopy data characteristics. See Section C.8.14.5.1.1."""

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
    """Volumetric Properties (0008,9206): Type 1, VR CS, VM 1. Indication if geometric manipulations are possible with frames in the SOP Instance. See Section C.8.14.5.1.2 for a description and Enumerated Values."""

    VolumeBasedCalculationTechnique: Annotated[
        _VolumeBasedCalculationTechniqueTerm | vr.CS,
        Attribute(0x00089207, "CS", "1", "1", name="Volume Based Calculation Technique"),
    ]
    """Volume Based Calculation Technique (0008,9207): Type 1, VR CS, VM 1. Method used for volume calculations with frames in the SOP Instance. See Section C.8.14.5.1.3 for a description and Defined Terms."""

    ComplexImageComponent: Annotated[
        _ComplexImageComponentTermMRSpectroscopyFrameType | vr.CS,
        Attribute(0x00089208, "CS", "1", "1", name="Complex Image Component"),
    ]
    """Complex Image Component (0008,9208): Type 1, VR CS, VM 1. Representation of complex data of frames in the SOP Instance. See Section C.8.14.5.1.4 for a description and Defined Terms."""

    AcquisitionContrast: Annotated[
        _AcquisitionContrastTermMRSpectroscopyFrameType | vr.CS,
        Attribute(0x00089209, "CS", "1", "1", name="Acquisition Contrast"),
    ]
    """Acquisition Contrast (0008,9209): Type 1, VR CS, VM 1. Indication of acquisition contrast used with frames in the SOP Instance. See Section C.8.14.5.1.5 for a description and Defined Terms."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionContrastTerm": (
        "dicomodel.enums.acquisition_contrast",
        "AcquisitionContrastTermMRSpectroscopyFrameType",
    ),
    "ComplexImageComponentTerm": (
        "dicomodel.enums.complex_image_component",
        "ComplexImageComponentTermMRSpectroscopyFrameType",
    ),
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
