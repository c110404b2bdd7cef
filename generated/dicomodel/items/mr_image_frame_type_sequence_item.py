"""Item class MRImageFrameTypeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_contrast import (
        AcquisitionContrastTerm as _AcquisitionContrastTerm,
    )
    from dicomodel.enums.complex_image_component import (
        ComplexImageComponentTerm as _ComplexImageComponentTerm,
    )
    from dicomodel.enums.functional_settling_phase_frames_present import (
        FunctionalSettlingPhaseFramesPresentValue as _FunctionalSettlingPhaseFramesPresentValue,
    )
    from dicomodel.enums.pixel_presentation import PixelPresentationValue as _PixelPresentationValue
    from dicomodel.enums.volume_based_calculation_technique import (
        VolumeBasedCalculationTechniqueTerm as _VolumeBasedCalculationTechniqueTerm,
    )
    from dicomodel.enums.volumetric_properties import (
        VolumetricPropertiesValue as _VolumetricPropertiesValue,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquisitionContrastTerm = Lazy(
        "dicomodel.enums.acquisition_contrast", "AcquisitionContrastTerm"
    )
    _ComplexImageComponentTerm = Lazy(
        "dicomodel.enums.complex_image_component", "ComplexImageComponentTerm"
    )
    _FunctionalSettlingPhaseFramesPresentValue = Lazy(
        "dicomodel.enums.functional_settling_phase_frames_present",
        "FunctionalSettlingPhaseFramesPresentValue",
    )
    _PixelPresentationValue = Lazy("dicomodel.enums.pixel_presentation", "PixelPresentationValue")
    _VolumeBasedCalculationTechniqueTerm = Lazy(
        "dicomodel.enums.volume_based_calculation_technique", "VolumeBasedCalculationTechniqueTerm"
    )
    _VolumetricPropertiesValue = Lazy(
        "dicomodel.enums.volumetric_properties", "VolumetricPropertiesValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_contrast import (
        AcquisitionContrastTerm as AcquisitionContrastTerm,
    )
    from dicomodel.enums.complex_image_component import (
        ComplexImageComponentTerm as ComplexImageComponentTerm,
    )
    from dicomodel.enums.functional_settling_phase_frames_present import (
        FunctionalSettlingPhaseFramesPresent as FunctionalSettlingPhaseFramesPresent,
    )
    from dicomodel.enums.pixel_presentation import PixelPresentation as PixelPresentation
    from dicomodel.enums.volume_based_calculation_technique import (
        VolumeBasedCalculationTechniqueTerm as VolumeBasedCalculationTechniqueTerm,
    )
    from dicomodel.enums.volumetric_properties import VolumetricProperties as VolumetricProperties

__all__ = [
    "AcquisitionContrastTerm",
    "ComplexImageComponentTerm",
    "FunctionalSettlingPhaseFramesPresent",
    "MRImageFrameTypeSequenceItem",
    "PixelPresentation",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumetricProperties",
]


class MRImageFrameTypeSequenceItem(DicomModel):
    """An item of MR Image Frame Type Sequence (0018,9226), as first defined in MR Image Frame Type Macro Attributes (C.8-88)."""

    dicom_name: ClassVar[str] = "MR Image Frame Type Sequence"
    dicom_table: ClassVar[str] = "table_C.8-88"

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
    """Frame Type (0008,9007): Type 1, VR CS, VM 4-5. Type of Frame. A multi-valued Attribute analogous to Image Type (0008,0008). Enumerated Values and Defined Terms are the same as those for the four values of Image Type (0008,0008), except that the value MIXED is not allowed unless the SOP..."""

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

    ComplexImageComponent: Annotated[
        _ComplexImageComponentTerm | vr.CS | None,
        Attribute(
            0x00089208,
            "CS",
            "1",
            "1C",
            name="Complex Image Component",
            when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
            otherwise="may",
        ),
    ] = None
    """Complex Image Component (0008,9208): Type 1C, VR CS, VM 1. Required if SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted). May be present otherwise. Representation of complex data of frames in the SOP Instance. See Section C.8.13.3.1.1 for a description and Defined Terms. Required if SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted). May be present otherwise."""

    AcquisitionContrast: Annotated[
        _AcquisitionContrastTerm | vr.CS | None,
        Attribute(
            0x00089209,
            "CS",
            "1",
            "1C",
            name="Acquisition Contrast",
            when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
            otherwise="may",
        ),
    ] = None
    """Acquisition Contrast (0008,9209): Type 1C, VR CS, VM 1. Required if SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted). May be present otherwise. Indication of acquisition contrast used with frames in the SOP Instance. See Section C.8.13.3.1.2 for a description and Defined Terms. Required if SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted)."""

    FunctionalSettlingPhaseFramesPresent: Annotated[
        _FunctionalSettlingPhaseFramesPresentValue | None,
        Attribute(
            0x00189622,
            "CS",
            "1",
            "3",
            name="Functional Settling Phase Frames Present",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Functional Settling Phase Frames Present (0018,9622): Type 3, VR CS, VM 1. Specifies if the acquisition used and stored settling phases. Enumerated Values: YES NO"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionContrastTerm": ("dicomodel.enums.acquisition_contrast", "AcquisitionContrastTerm"),
    "ComplexImageComponentTerm": (
        "dicomodel.enums.complex_image_component",
        "ComplexImageComponentTerm",
    ),
    "FunctionalSettlingPhaseFramesPresent": (
        "dicomodel.enums.functional_settling_phase_frames_present",
        "FunctionalSettlingPhaseFramesPresent",
    ),
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
