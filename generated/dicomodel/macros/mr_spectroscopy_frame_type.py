"""MR Spectroscopy Frame Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mr_spectroscopy_frame_type_sequence_item import (
        MRSpectroscopyFrameTypeSequenceItem as _MRSpectroscopyFrameTypeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MRSpectroscopyFrameTypeSequenceItem = Lazy(
        "dicomodel.items.mr_spectroscopy_frame_type_sequence_item",
        "MRSpectroscopyFrameTypeSequenceItem",
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
    from dicomodel.items.mr_spectroscopy_frame_type_sequence_item import (
        MRSpectroscopyFrameTypeSequenceItem as MRSpectroscopyFrameTypeSequenceItem,
    )

__all__ = [
    "AcquisitionContrastTerm",
    "ComplexImageComponentTerm",
    "MRSpectroscopyFrameTypeMacro",
    "MRSpectroscopyFrameTypeSequenceItem",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumetricProperties",
]


class MRSpectroscopyFrameTypeMacro(DicomModel):
    """MR Spectroscopy Frame Type Macro Attributes (PS3.3 Table C.8-104)."""

    dicom_name: ClassVar[str] = "MR Spectroscopy Frame Type"
    dicom_table: ClassVar[str] = "table_C.8-104"

    MRSpectroscopyFrameTypeSequence: Annotated[
        list[_MRSpectroscopyFrameTypeSequenceItem],
        Attribute(0x00189227, "SQ", "1", "1", name="MR Spectroscopy Frame Type Sequence"),
    ]
    """MR Spectroscopy Frame Type Sequence (0018,9227): Type 1, VR SQ, VM 1. A Sequence containing Frame Type Attributes. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionContrastTerm": (
        "dicomodel.enums.acquisition_contrast",
        "AcquisitionContrastTermMRSpectroscopyFrameType",
    ),
    "ComplexImageComponentTerm": (
        "dicomodel.enums.complex_image_component",
        "ComplexImageComponentTermMRSpectroscopyFrameType",
    ),
    "MRSpectroscopyFrameTypeSequenceItem": (
        "dicomodel.items.mr_spectroscopy_frame_type_sequence_item",
        "MRSpectroscopyFrameTypeSequenceItem",
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
