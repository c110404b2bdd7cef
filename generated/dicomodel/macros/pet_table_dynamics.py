"""PET Table Dynamics Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.pet_table_dynamics_sequence_item import (
        PETTableDynamicsSequenceItem as _PETTableDynamicsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PETTableDynamicsSequenceItem = Lazy(
        "dicomodel.items.pet_table_dynamics_sequence_item", "PETTableDynamicsSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.pet_table_dynamics_sequence_item import (
        PETTableDynamicsSequenceItem as PETTableDynamicsSequenceItem,
    )

__all__ = [
    "PETTableDynamicsMacro",
    "PETTableDynamicsSequenceItem",
]


class PETTableDynamicsMacro(DicomModel):
    """PET Table Dynamics Macro Attributes (PS3.3 Table C.8.22-18)."""

    dicom_name: ClassVar[str] = "PET Table Dynamics"
    dicom_table: ClassVar[str] = "table_C.8.22-18"

    PETTableDynamicsSequence: Annotated[
        list[_PETTableDynamicsSequenceItem],
        Attribute(0x00189734, "SQ", "1", "1", name="PET Table Dynamics Sequence"),
    ]
    """PET Table Dynamics Sequence (0018,9734): Type 1, VR SQ, VM 1. Contains the Attributes describing the movement of the PET Table. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PETTableDynamicsSequenceItem": (
        "dicomodel.items.pet_table_dynamics_sequence_item",
        "PETTableDynamicsSequenceItem",
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
