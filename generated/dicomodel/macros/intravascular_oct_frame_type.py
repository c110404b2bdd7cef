"""Intravascular OCT Frame Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.intravascular_oct_frame_type_sequence_item import (
        IntravascularOCTFrameTypeSequenceItem as _IntravascularOCTFrameTypeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _IntravascularOCTFrameTypeSequenceItem = Lazy(
        "dicomodel.items.intravascular_oct_frame_type_sequence_item",
        "IntravascularOCTFrameTypeSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.intravascular_oct_frame_type_sequence_item import (
        IntravascularOCTFrameTypeSequenceItem as IntravascularOCTFrameTypeSequenceItem,
    )

__all__ = [
    "IntravascularOCTFrameTypeMacro",
    "IntravascularOCTFrameTypeSequenceItem",
]


class IntravascularOCTFrameTypeMacro(DicomModel):
    """Intravascular OCT Frame Type Macro Attributes (PS3.3 Table C.8.27.6.1-1)."""

    dicom_name: ClassVar[str] = "Intravascular OCT Frame Type"
    dicom_table: ClassVar[str] = "table_C.8.27.6.1-1"

    IntravascularOCTFrameTypeSequence: Annotated[
        list[_IntravascularOCTFrameTypeSequenceItem],
        Attribute(0x00520025, "SQ", "1", "1", name="Intravascular OCT Frame Type Sequence"),
    ]
    """Intravascular OCT Frame Type Sequence (0052,0025): Type 1, VR SQ, VM 1. Identifies characteristics of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "IntravascularOCTFrameTypeSequenceItem": (
        "dicomodel.items.intravascular_oct_frame_type_sequence_item",
        "IntravascularOCTFrameTypeSequenceItem",
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
