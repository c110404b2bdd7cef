"""CT Table Dynamics Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ct_table_dynamics_sequence_item import (
        CTTableDynamicsSequenceItem as _CTTableDynamicsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CTTableDynamicsSequenceItem = Lazy(
        "dicomodel.items.ct_table_dynamics_sequence_item", "CTTableDynamicsSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.ct_table_dynamics_sequence_item import (
        CTTableDynamicsSequenceItem as CTTableDynamicsSequenceItem,
    )

__all__ = [
    "CTTableDynamicsMacro",
    "CTTableDynamicsSequenceItem",
]


class CTTableDynamicsMacro(DicomModel):
    """CT Table Dynamics Macro Attributes (PS3.3 Table C.8-120)."""

    dicom_name: ClassVar[str] = "CT Table Dynamics"
    dicom_table: ClassVar[str] = "table_C.8-120"

    CTTableDynamicsSequence: Annotated[
        list[_CTTableDynamicsSequenceItem],
        Attribute(0x00189308, "SQ", "1", "1", name="CT Table Dynamics Sequence"),
    ]
    """CT Table Dynamics Sequence (0018,9308): Type 1, VR SQ, VM 1. Contains the Attributes defining the movement of the CT table. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CTTableDynamicsSequenceItem": (
        "dicomodel.items.ct_table_dynamics_sequence_item",
        "CTTableDynamicsSequenceItem",
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
