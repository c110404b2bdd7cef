"""X-Ray Object Thickness Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.object_thickness_sequence_item import (
        ObjectThicknessSequenceItem as _ObjectThicknessSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ObjectThicknessSequenceItem = Lazy(
        "dicomodel.items.object_thickness_sequence_item", "ObjectThicknessSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.object_thickness_sequence_item import (
        ObjectThicknessSequenceItem as ObjectThicknessSequenceItem,
    )

__all__ = [
    "ObjectThicknessSequenceItem",
    "XRayObjectThicknessMacro",
]


class XRayObjectThicknessMacro(DicomModel):
    """X-Ray Object Thickness Macro Attributes (PS3.3 Table C.8.19.6-7)."""

    dicom_name: ClassVar[str] = "X-Ray Object Thickness"
    dicom_table: ClassVar[str] = "table_C.8.19.6-7"

    ObjectThicknessSequence: Annotated[
        list[_ObjectThicknessSequenceItem],
        Attribute(0x00189456, "SQ", "1", "1", name="Object Thickness Sequence"),
    ]
    """Object Thickness Sequence (0018,9456): Type 1, VR SQ, VM 1. Sequence containing object thickness for this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ObjectThicknessSequenceItem": (
        "dicomodel.items.object_thickness_sequence_item",
        "ObjectThicknessSequenceItem",
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
