"""PET Position Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ct_position_sequence_item import (
        CTPositionSequenceItem as _CTPositionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CTPositionSequenceItem = Lazy(
        "dicomodel.items.ct_position_sequence_item", "CTPositionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.ct_position_sequence_item import (
        CTPositionSequenceItem as PETPositionSequenceItem,
    )

__all__ = [
    "PETPositionMacro",
    "PETPositionSequenceItem",
]


class PETPositionMacro(DicomModel):
    """PET Position Macro Attributes (PS3.3 Table C.8.22-14)."""

    dicom_name: ClassVar[str] = "PET Position"
    dicom_table: ClassVar[str] = "table_C.8.22-14"

    PETPositionSequence: Annotated[
        list[_CTPositionSequenceItem],
        Attribute(0x00189735, "SQ", "1", "1", name="PET Position Sequence"),
    ]
    """PET Position Sequence (0018,9735): Type 1, VR SQ, VM 1. Contains the Attributes defining the PET geometry. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PETPositionSequenceItem": (
        "dicomodel.items.ct_position_sequence_item",
        "CTPositionSequenceItem",
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
