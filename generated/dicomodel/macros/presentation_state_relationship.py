"""Presentation State Relationship Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_series_sequence_item_presentation_state_relationship import (
        ReferencedSeriesSequenceItemPresentationStateRelationship as _ReferencedSeriesSequenceItemPresentationStateRelationship,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedSeriesSequenceItemPresentationStateRelationship = Lazy(
        "dicomodel.items.referenced_series_sequence_item_presentation_state_relationship",
        "ReferencedSeriesSequenceItemPresentationStateRelationship",
    )

if TYPE_CHECKING:
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.referenced_series_sequence_item_presentation_state_relationship import (
        ReferencedSeriesSequenceItemPresentationStateRelationship as ReferencedSeriesSequenceItem,
    )

__all__ = [
    "PresentationStateRelationshipMacro",
    "ReferencedImageSequenceItem",
    "ReferencedSeriesSequenceItem",
]


class PresentationStateRelationshipMacro(DicomModel):
    """Presentation State Relationship Macro Attributes (PS3.3 Table C.11.11-1b)."""

    dicom_name: ClassVar[str] = "Presentation State Relationship"
    dicom_table: ClassVar[str] = "table_C.11.11-1b"

    ReferencedSeriesSequence: Annotated[
        list[_ReferencedSeriesSequenceItemPresentationStateRelationship],
        Attribute(0x00081115, "SQ", "1", "1", name="Referenced Series Sequence"),
    ]
    """Referenced Series Sequence (0008,1115): Type 1, VR SQ, VM 1. Sequence of Items where each Item includes the Attributes of one Series to which the Presentation State applies. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.referenced_series_sequence_item_presentation_state_relationship",
        "ReferencedSeriesSequenceItemPresentationStateRelationship",
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
