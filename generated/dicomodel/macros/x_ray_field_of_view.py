"""X-Ray Field of View Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.field_of_view_sequence_item import (
        FieldOfViewSequenceItem as _FieldOfViewSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FieldOfViewSequenceItem = Lazy(
        "dicomodel.items.field_of_view_sequence_item", "FieldOfViewSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.field_of_view_horizontal_flip import (
        FieldOfViewHorizontalFlip as FieldOfViewHorizontalFlip,
    )
    from dicomodel.enums.field_of_view_shape import FieldOfViewShape as FieldOfViewShape
    from dicomodel.items.field_of_view_sequence_item import (
        FieldOfViewSequenceItem as FieldOfViewSequenceItem,
    )

__all__ = [
    "FieldOfViewHorizontalFlip",
    "FieldOfViewSequenceItem",
    "FieldOfViewShape",
    "XRayFieldOfViewMacro",
]


class XRayFieldOfViewMacro(DicomModel):
    """X-Ray Field of View Macro Attributes (PS3.3 Table C.8.19.6-2)."""

    dicom_name: ClassVar[str] = "X-Ray Field of View"
    dicom_table: ClassVar[str] = "table_C.8.19.6-2"

    FieldOfViewSequence: Annotated[
        list[_FieldOfViewSequenceItem],
        Attribute(0x00189432, "SQ", "1", "1", name="Field of View Sequence"),
    ]
    """Field of View Sequence (0018,9432): Type 1, VR SQ, VM 1. Sequence containing the field of view for this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FieldOfViewHorizontalFlip": (
        "dicomodel.enums.field_of_view_horizontal_flip",
        "FieldOfViewHorizontalFlip",
    ),
    "FieldOfViewSequenceItem": (
        "dicomodel.items.field_of_view_sequence_item",
        "FieldOfViewSequenceItem",
    ),
    "FieldOfViewShape": ("dicomodel.enums.field_of_view_shape", "FieldOfViewShape"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
