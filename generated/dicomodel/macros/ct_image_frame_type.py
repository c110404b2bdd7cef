"""CT Image Frame Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ct_image_frame_type_sequence_item import (
        CTImageFrameTypeSequenceItem as _CTImageFrameTypeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CTImageFrameTypeSequenceItem = Lazy(
        "dicomodel.items.ct_image_frame_type_sequence_item", "CTImageFrameTypeSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.pixel_presentation import PixelPresentation as PixelPresentation
    from dicomodel.enums.volume_based_calculation_technique import (
        VolumeBasedCalculationTechniqueTerm as VolumeBasedCalculationTechniqueTerm,
    )
    from dicomodel.enums.volumetric_properties import VolumetricProperties as VolumetricProperties
    from dicomodel.items.ct_image_frame_type_sequence_item import (
        CTImageFrameTypeSequenceItem as CTImageFrameTypeSequenceItem,
    )

__all__ = [
    "CTImageFrameTypeMacro",
    "CTImageFrameTypeSequenceItem",
    "PixelPresentation",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumetricProperties",
]


class CTImageFrameTypeMacro(DicomModel):
    """CT Image Frame Type Macro Attributes (PS3.3 Table C.8-117)."""

    dicom_name: ClassVar[str] = "CT Image Frame Type"
    dicom_table: ClassVar[str] = "table_C.8-117"

    CTImageFrameTypeSequence: Annotated[
        list[_CTImageFrameTypeSequenceItem],
        Attribute(0x00189329, "SQ", "1", "1", name="CT Image Frame Type Sequence"),
    ]
    """CT Image Frame Type Sequence (0018,9329): Type 1, VR SQ, VM 1. Identifies the characteristics of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CTImageFrameTypeSequenceItem": (
        "dicomodel.items.ct_image_frame_type_sequence_item",
        "CTImageFrameTypeSequenceItem",
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
