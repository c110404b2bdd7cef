"""Image Frame Conversion Source Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem,
    )

__all__ = [
    "ConversionSourceAttributesSequenceItem",
    "ImageFrameConversionSourceMacro",
]


class ImageFrameConversionSourceMacro(DicomModel):
    """Image Frame Conversion Source Macro Attributes (PS3.3 Table C.7.6.16.2.25.3-1)."""

    dicom_name: ClassVar[str] = "Image Frame Conversion Source"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.25.3-1"

    ConversionSourceAttributesSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem],
        Attribute(0x00209172, "SQ", "1", "1", name="Conversion Source Attributes Sequence"),
    ]
    """Conversion Source Attributes Sequence (0020,9172): Type 1, VR SQ, VM 1. The image or other composite SOP Instance that was converted to this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConversionSourceAttributesSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
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
