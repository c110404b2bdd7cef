"""US Image Description Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.us_image_description_sequence_item import (
        USImageDescriptionSequenceItem as _USImageDescriptionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _USImageDescriptionSequenceItem = Lazy(
        "dicomodel.items.us_image_description_sequence_item", "USImageDescriptionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.volume_based_calculation_technique import (
        VolumeBasedCalculationTechniqueTerm as VolumeBasedCalculationTechniqueTerm,
    )
    from dicomodel.enums.volumetric_properties import VolumetricProperties as VolumetricProperties
    from dicomodel.items.us_image_description_sequence_item import (
        USImageDescriptionSequenceItem as USImageDescriptionSequenceItem,
    )

__all__ = [
    "USImageDescriptionMacro",
    "USImageDescriptionSequenceItem",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumetricProperties",
]


class USImageDescriptionMacro(DicomModel):
    """US Image Description Macro Attributes (PS3.3 Table C.8.24.6.1-1)."""

    dicom_name: ClassVar[str] = "US Image Description"
    dicom_table: ClassVar[str] = "table_C.8.24.6.1-1"

    USImageDescriptionSequence: Annotated[
        list[_USImageDescriptionSequenceItem],
        Attribute(0x00189806, "SQ", "1", "1", name="US Image Description Sequence"),
    ]
    """US Image Description Sequence (0018,9806): Type 1, VR SQ, VM 1. A Sequence that describes a general description of this image or frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "USImageDescriptionSequenceItem": (
        "dicomodel.items.us_image_description_sequence_item",
        "USImageDescriptionSequenceItem",
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
