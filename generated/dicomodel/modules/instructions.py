"""Instructions Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.instruction_sequence_item import (
        InstructionSequenceItem as _InstructionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _InstructionSequenceItem = Lazy(
        "dicomodel.items.instruction_sequence_item", "InstructionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.instruction_performed_flag import (
        InstructionPerformedFlag as InstructionPerformedFlag,
    )
    from dicomodel.items.instruction_sequence_item import (
        InstructionSequenceItem as InstructionSequenceItem,
    )

__all__ = [
    "InstructionPerformedFlag",
    "InstructionSequenceItem",
    "InstructionsModule",
]


class InstructionsModule(DicomModel):
    """Instructions Module Attributes (PS3.3 Table C.34.7-1)."""

    dicom_name: ClassVar[str] = "Instructions"
    dicom_table: ClassVar[str] = "table_C.34.7-1"

    InstructionSequence: Annotated[
        list[_InstructionSequenceItem],
        Attribute(0x00189914, "SQ", "1", "1", name="Instruction Sequence"),
    ]
    """Instruction Sequence (0018,9914): Type 1, VR SQ, VM 1. Instructions relating to preparation and performance of the Protocol. See Section C.34.7.1. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "InstructionPerformedFlag": (
        "dicomodel.enums.instruction_performed_flag",
        "InstructionPerformedFlag",
    ),
    "InstructionSequenceItem": (
        "dicomodel.items.instruction_sequence_item",
        "InstructionSequenceItem",
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
