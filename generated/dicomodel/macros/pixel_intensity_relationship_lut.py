"""Pixel Intensity Relationship LUT Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.pixel_intensity_relationship_lut_sequence_item import (
        PixelIntensityRelationshipLUTSequenceItem as _PixelIntensityRelationshipLUTSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PixelIntensityRelationshipLUTSequenceItem = Lazy(
        "dicomodel.items.pixel_intensity_relationship_lut_sequence_item",
        "PixelIntensityRelationshipLUTSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.lut_function import LUTFunctionTerm as LUTFunctionTerm
    from dicomodel.items.pixel_intensity_relationship_lut_sequence_item import (
        PixelIntensityRelationshipLUTSequenceItem as PixelIntensityRelationshipLUTSequenceItem,
    )

__all__ = [
    "LUTFunctionTerm",
    "PixelIntensityRelationshipLUTMacro",
    "PixelIntensityRelationshipLUTSequenceItem",
]


class PixelIntensityRelationshipLUTMacro(DicomModel):
    """Pixel Intensity Relationship LUT Macro Attributes (PS3.3 Table C.7.6.16-14)."""

    dicom_name: ClassVar[str] = "Pixel Intensity Relationship LUT"
    dicom_table: ClassVar[str] = "table_C.7.6.16-14"

    PixelIntensityRelationshipLUTSequence: Annotated[
        list[_PixelIntensityRelationshipLUTSequenceItem],
        Attribute(0x00289422, "SQ", "1", "1", name="Pixel Intensity Relationship LUT Sequence"),
    ]
    """Pixel Intensity Relationship LUT Sequence (0028,9422): Type 1, VR SQ, VM 1. Defines a Sequence of Pixel Intensity Relationship LUTs. One or more Items shall be included in this Sequence. If Pixel Intensity Relationship (0028,1040) value equals LOG, exactly one Item with LUT Function (0028,9474) value TO_LINEAR LUT..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "LUTFunctionTerm": ("dicomodel.enums.lut_function", "LUTFunctionTerm"),
    "PixelIntensityRelationshipLUTSequenceItem": (
        "dicomodel.items.pixel_intensity_relationship_lut_sequence_item",
        "PixelIntensityRelationshipLUTSequenceItem",
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
