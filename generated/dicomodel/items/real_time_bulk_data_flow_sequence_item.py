"""Item class RealTimeBulkDataFlowSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.flow_identifier_sequence_item import (
        FlowIdentifierSequenceItem as _FlowIdentifierSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FlowIdentifierSequenceItem = Lazy(
        "dicomodel.items.flow_identifier_sequence_item", "FlowIdentifierSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.flow_identifier_sequence_item import (
        FlowIdentifierSequenceItem as FlowIdentifierSequenceItem,
    )

__all__ = [
    "FlowIdentifierSequenceItem",
    "RealTimeBulkDataFlowSequenceItem",
]


class RealTimeBulkDataFlowSequenceItem(DicomModel):
    """An item of Real-Time Bulk Data Flow Sequence (0034,000A), as first defined in Real-Time Bulk Data Flow Module Attributes (C.7.6.26-1)."""

    dicom_name: ClassVar[str] = "Real-Time Bulk Data Flow Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.26-1"

    SourceIdentifier: Annotated[
        vr.OB, Attribute(0x00340005, "OB", "1", "1", name="Source Identifier")
    ]
    """Source Identifier (0034,0005): Type 1, VR OB, VM 1. UUID of the Source of the Flow(s). See Section C.7.6.26.1.1."""

    FlowIdentifierSequence: Annotated[
        list[_FlowIdentifierSequenceItem],
        Attribute(0x00340001, "SQ", "1", "1", name="Flow Identifier Sequence"),
    ]
    """Flow Identifier Sequence (0034,0001): Type 1, VR SQ, VM 1. Identifies the Flow(s) provided by the Source. One or more items shall be included in this sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FlowIdentifierSequenceItem": (
        "dicomodel.items.flow_identifier_sequence_item",
        "FlowIdentifierSequenceItem",
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
