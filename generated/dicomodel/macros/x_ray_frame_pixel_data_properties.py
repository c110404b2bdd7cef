"""X-Ray Frame Pixel Data Properties Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.frame_pixel_data_properties_sequence_item import (
        FramePixelDataPropertiesSequenceItem as _FramePixelDataPropertiesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FramePixelDataPropertiesSequenceItem = Lazy(
        "dicomodel.items.frame_pixel_data_properties_sequence_item",
        "FramePixelDataPropertiesSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.geometrical_properties import (
        GeometricalProperties as GeometricalProperties,
    )
    from dicomodel.enums.pixel_intensity_relationship import (
        PixelIntensityRelationshipTerm as PixelIntensityRelationshipTerm,
    )
    from dicomodel.items.frame_pixel_data_properties_sequence_item import (
        FramePixelDataPropertiesSequenceItem as FramePixelDataPropertiesSequenceItem,
    )

__all__ = [
    "FramePixelDataPropertiesSequenceItem",
    "GeometricalProperties",
    "PixelIntensityRelationshipTerm",
    "XRayFramePixelDataPropertiesMacro",
]


class XRayFramePixelDataPropertiesMacro(DicomModel):
    """X-Ray Frame Pixel Data Properties Macro Attributes (PS3.3 Table C.8.19.6-4)."""

    dicom_name: ClassVar[str] = "X-Ray Frame Pixel Data Properties"
    dicom_table: ClassVar[str] = "table_C.8.19.6-4"

    FramePixelDataPropertiesSequence: Annotated[
        list[_FramePixelDataPropertiesSequenceItem],
        Attribute(0x00289443, "SQ", "1", "1", name="Frame Pixel Data Properties Sequence"),
    ]
    """Frame Pixel Data Properties Sequence (0028,9443): Type 1, VR SQ, VM 1. Sequence containing the pixel data properties for this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FramePixelDataPropertiesSequenceItem": (
        "dicomodel.items.frame_pixel_data_properties_sequence_item",
        "FramePixelDataPropertiesSequenceItem",
    ),
    "GeometricalProperties": ("dicomodel.enums.geometrical_properties", "GeometricalProperties"),
    "PixelIntensityRelationshipTerm": (
        "dicomodel.enums.pixel_intensity_relationship",
        "PixelIntensityRelationshipTerm",
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
