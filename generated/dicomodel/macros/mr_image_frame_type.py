"""MR Image Frame Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mr_image_frame_type_sequence_item import (
        MRImageFrameTypeSequenceItem as _MRImageFrameTypeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MRImageFrameTypeSequenceItem = Lazy(
        "dicomodel.items.mr_image_frame_type_sequence_item", "MRImageFrameTypeSequenceItem"
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
    from dicomodel.items.mr_image_frame_type_sequence_item import (
        MRImageFrameTypeSequenceItem as MRImageFrameTypeSequenceItem,
    )

__all__ = [
    "AcquisitionContrastTerm",
    "ComplexImageComponentTerm",
    "FunctionalSettlingPhaseFramesPresent",
    "MRImageFrameTypeMacro",
    "MRImageFrameTypeSequenceItem",
    "PixelPresentation",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumetricProperties",
]


class MRImageFrameTypeMacro(DicomModel):
    """MR Image Frame Type Macro Attributes (PS3.3 Table C.8-88)."""

    dicom_name: ClassVar[str] = "MR Image Frame Type"
    dicom_table: ClassVar[str] = "table_C.8-88"

    MRImageFrameTypeSequence: Annotated[
        list[_MRImageFrameTypeSequenceItem],
        Attribute(0x00189226, "SQ", "1", "1", name="MR Image Frame Type Sequence"),
    ]
    """MR Image Frame Type Sequence (0018,9226): Type 1, VR SQ, VM 1. Identifies the characteristics of this frame. Only a single Item shall be included in this Sequence."""


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
    "MRImageFrameTypeSequenceItem": (
        "dicomodel.items.mr_image_frame_type_sequence_item",
        "MRImageFrameTypeSequenceItem",
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
