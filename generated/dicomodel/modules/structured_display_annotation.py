"""Structured Display Annotation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.structured_display_text_box_sequence_item import (
        StructuredDisplayTextBoxSequenceItem as _StructuredDisplayTextBoxSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _StructuredDisplayTextBoxSequenceItem = Lazy(
        "dicomodel.items.structured_display_text_box_sequence_item",
        "StructuredDisplayTextBoxSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.bounding_box_text_horizontal_justification import (
        BoundingBoxTextHorizontalJustification as BoundingBoxTextHorizontalJustification,
    )
    from dicomodel.items.structured_display_text_box_sequence_item import (
        StructuredDisplayTextBoxSequenceItem as StructuredDisplayTextBoxSequenceItem,
    )

__all__ = [
    "BoundingBoxTextHorizontalJustification",
    "StructuredDisplayAnnotationModule",
    "StructuredDisplayTextBoxSequenceItem",
]


class StructuredDisplayAnnotationModule(DicomModel):
    """Structured Display Annotation Module Attributes (PS3.3 Table C.11.18-1)."""

    dicom_name: ClassVar[str] = "Structured Display Annotation"
    dicom_table: ClassVar[str] = "table_C.11.18-1"

    StructuredDisplayTextBoxSequence: Annotated[
        list[_StructuredDisplayTextBoxSequenceItem],
        Attribute(0x00720424, "SQ", "1", "1", name="Structured Display Text Box Sequence"),
    ]
    """Structured Display Text Box Sequence (0072,0424): Type 1, VR SQ, VM 1. Sequence that describes a text annotation. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BoundingBoxTextHorizontalJustification": (
        "dicomodel.enums.bounding_box_text_horizontal_justification",
        "BoundingBoxTextHorizontalJustification",
    ),
    "StructuredDisplayTextBoxSequenceItem": (
        "dicomodel.items.structured_display_text_box_sequence_item",
        "StructuredDisplayTextBoxSequenceItem",
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
