"""Image Reference Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_sop_sequence_item_image_reference import (
        ReferencedSOPSequenceItemImageReference as _ReferencedSOPSequenceItemImageReference,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedSOPSequenceItemImageReference = Lazy(
        "dicomodel.items.referenced_sop_sequence_item_image_reference",
        "ReferencedSOPSequenceItemImageReference",
    )

if TYPE_CHECKING:
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTerm as PhotometricInterpretationTerm,
    )
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as IconImageSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_image_reference import (
        ReferencedSOPSequenceItemImageReference as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRealWorldValueMappingInstanceSequenceItem,
    )

__all__ = [
    "ColorSpaceTerm",
    "IconImageSequenceItem",
    "ImageReferenceMacro",
    "PhotometricInterpretationTerm",
    "ReferencedRealWorldValueMappingInstanceSequenceItem",
    "ReferencedSOPSequenceItem",
]


class ImageReferenceMacro(DicomModel):
    """Image Reference Macro Attributes (PS3.3 Table C.18.4-1)."""

    dicom_name: ClassVar[str] = "Image Reference"
    dicom_table: ClassVar[str] = "table_C.18.4-1"

    ReferencedSOPSequence: Annotated[
        list[_ReferencedSOPSequenceItemImageReference],
        Attribute(0x00081199, "SQ", "1", "1", name="Referenced SOP Sequence"),
    ]
    """Referenced SOP Sequence (0008,1199): Type 1, VR SQ, VM 1. References to Composite Object SOP Class/SOP Instance pairs. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
    "IconImageSequenceItem": (
        "dicomodel.items.image_pixel_item_image_reference",
        "ImagePixelItemImageReference",
    ),
    "PhotometricInterpretationTerm": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationTerm",
    ),
    "ReferencedRealWorldValueMappingInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_image_reference",
        "ReferencedSOPSequenceItemImageReference",
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
