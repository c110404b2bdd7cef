"""Parametric Map Frame Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.parametric_map_frame_type_sequence_item import (
        ParametricMapFrameTypeSequenceItem as _ParametricMapFrameTypeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ParametricMapFrameTypeSequenceItem = Lazy(
        "dicomodel.items.parametric_map_frame_type_sequence_item",
        "ParametricMapFrameTypeSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.parametric_map_frame_type_sequence_item import (
        ParametricMapFrameTypeSequenceItem as ParametricMapFrameTypeSequenceItem,
    )

__all__ = [
    "ParametricMapFrameTypeMacro",
    "ParametricMapFrameTypeSequenceItem",
]


class ParametricMapFrameTypeMacro(DicomModel):
    """Parametric Map Frame Type Macro Attributes (PS3.3 Table C.8.32-3)."""

    dicom_name: ClassVar[str] = "Parametric Map Frame Type"
    dicom_table: ClassVar[str] = "table_PS3.3_C.8.32-3"

    ParametricMapFrameTypeSequence: Annotated[
        list[_ParametricMapFrameTypeSequenceItem],
        Attribute(0x00409092, "SQ", "1", "1", name="Parametric Map Frame Type Sequence"),
    ]
    """Parametric Map Frame Type Sequence (0040,9092): Type 1, VR SQ, VM 1. Identifies the characteristics of this Parametric Map frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ParametricMapFrameTypeSequenceItem": (
        "dicomodel.items.parametric_map_frame_type_sequence_item",
        "ParametricMapFrameTypeSequenceItem",
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
