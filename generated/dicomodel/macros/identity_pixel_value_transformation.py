"""Identity Pixel Value Transformation Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.pixel_value_transformation_sequence_item_identity_pixel_value_transformation import (
        PixelValueTransformationSequenceItemIdentityPixelValueTransformation as _PixelValueTransformationSequenceItemIdentityPixelValueTransformation,
    )
else:
    from dicomodel.lazy import Lazy

    _PixelValueTransformationSequenceItemIdentityPixelValueTransformation = Lazy(
        "dicomodel.items.pixel_value_transformation_sequence_item_identity_pixel_value_transformation",
        "PixelValueTransformationSequenceItemIdentityPixelValueTransformation",
    )

if TYPE_CHECKING:
    from dicomodel.enums.rescale_type import RescaleType as RescaleType
    from dicomodel.items.pixel_value_transformation_sequence_item_identity_pixel_value_transformation import (
        PixelValueTransformationSequenceItemIdentityPixelValueTransformation as PixelValueTransformationSequenceItem,
    )

__all__ = [
    "IdentityPixelValueTransformationMacro",
    "PixelValueTransformationSequenceItem",
    "RescaleType",
]


class IdentityPixelValueTransformationMacro(DicomModel):
    """Identity Pixel Value Transformation Macro Attributes (PS3.3 Table C.7.6.16-10b)."""

    dicom_name: ClassVar[str] = "Identity Pixel Value Transformation"
    dicom_table: ClassVar[str] = "table_C.7.6.16-10b"

    PixelValueTransformationSequence: Annotated[
        list[_PixelValueTransformationSequenceItemIdentityPixelValueTransformation],
        Attribute(0x00289145, "SQ", "1", "1", name="Pixel Value Transformation Sequence"),
    ]
    """Pixel Value Transformation Sequence (0028,9145): Type 1, VR SQ, VM 1. Contains the Attributes involved in the transformation of stored pixel values. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PixelValueTransformationSequenceItem": (
        "dicomodel.items.pixel_value_transformation_sequence_item_identity_pixel_value_transformation",
        "PixelValueTransformationSequenceItemIdentityPixelValueTransformation",
    ),
    "RescaleType": ("dicomodel.enums.rescale_type", "RescaleType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
