"""X-Ray Table Position Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.table_position_sequence_item import (
        TablePositionSequenceItem as _TablePositionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _TablePositionSequenceItem = Lazy(
        "dicomodel.items.table_position_sequence_item", "TablePositionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.table_position_sequence_item import (
        TablePositionSequenceItem as TablePositionSequenceItem,
    )

__all__ = [
    "TablePositionSequenceItem",
    "XRayTablePositionMacro",
]


class XRayTablePositionMacro(DicomModel):
    """X-Ray Table Position Macro Attributes (PS3.3 Table C.8.19.6-11)."""

    dicom_name: ClassVar[str] = "X-Ray Table Position"
    dicom_table: ClassVar[str] = "table_C.8.19.6-11"

    TablePositionSequence: Annotated[
        list[_TablePositionSequenceItem],
        Attribute(0x00189406, "SQ", "1", "1", name="Table Position Sequence"),
    ]
    """Table Position Sequence (0018,9406): Type 1, VR SQ, VM 1. A Sequence that describes the geometrical position of the table top. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "TablePositionSequenceItem": (
        "dicomodel.items.table_position_sequence_item",
        "TablePositionSequenceItem",
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
