"""Basic Film Box Relationship Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedBasicAnnotationBoxSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedFilmSessionSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedImageBoxSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPresentationLUTSequenceItem,
    )

__all__ = [
    "BasicFilmBoxRelationshipModule",
    "ReferencedBasicAnnotationBoxSequenceItem",
    "ReferencedFilmSessionSequenceItem",
    "ReferencedImageBoxSequenceItem",
    "ReferencedPresentationLUTSequenceItem",
]


class BasicFilmBoxRelationshipModule(DicomModel):
    """Basic Film Box Relationship Module Attributes (PS3.3 Table C.13-4)."""

    dicom_name: ClassVar[str] = "Basic Film Box Relationship"
    dicom_table: ClassVar[str] = "table_C.13-4"

    ReferencedFilmSessionSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x20100500, "SQ", "1", None, name="Referenced Film Session Sequence"),
    ] = None
    """Referenced Film Session Sequence (2010,0500): no Type, VR SQ, VM 1. A Film Session. Only a single Item shall be included in this Sequence."""

    ReferencedImageBoxSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x20100510, "SQ", "1", None, name="Referenced Image Box Sequence"),
    ] = None
    """Referenced Image Box Sequence (2010,0510): no Type, VR SQ, VM 1. A set of Image Boxes. One or more Items shall be included in this Sequence."""

    ReferencedBasicAnnotationBoxSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x20100520, "SQ", "1", None, name="Referenced Basic Annotation Box Sequence"),
    ] = None
    """Referenced Basic Annotation Box Sequence (2010,0520): no Type, VR SQ, VM 1. A set of Basic Annotation Boxes. Zero or more Items shall be included in this Sequence."""

    ReferencedPresentationLUTSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x20500500, "SQ", "1", None, name="Referenced Presentation LUT Sequence"),
    ] = None
    """Referenced Presentation LUT Sequence (2050,0500): no Type, VR SQ, VM 1. A Presentation LUT. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedBasicAnnotationBoxSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedFilmSessionSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedImageBoxSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedPresentationLUTSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
