"""MR Averages Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mr_averages_sequence_item import (
        MRAveragesSequenceItem as _MRAveragesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MRAveragesSequenceItem = Lazy(
        "dicomodel.items.mr_averages_sequence_item", "MRAveragesSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.mr_averages_sequence_item import (
        MRAveragesSequenceItem as MRAveragesSequenceItem,
    )

__all__ = [
    "MRAveragesMacro",
    "MRAveragesSequenceItem",
]


class MRAveragesMacro(DicomModel):
    """MR Averages Macro Attributes (PS3.3 Table C.8-97)."""

    dicom_name: ClassVar[str] = "MR Averages"
    dicom_table: ClassVar[str] = "table_C.8-97"

    MRAveragesSequence: Annotated[
        list[_MRAveragesSequenceItem],
        Attribute(0x00189119, "SQ", "1", "1", name="MR Averages Sequence"),
    ]
    """MR Averages Sequence (0018,9119): Type 1, VR SQ, VM 1. Identifies the averaging parameters of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MRAveragesSequenceItem": (
        "dicomodel.items.mr_averages_sequence_item",
        "MRAveragesSequenceItem",
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
