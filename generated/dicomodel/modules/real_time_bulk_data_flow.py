"""Real-Time Bulk Data Flow Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.real_time_bulk_data_flow_sequence_item import (
        RealTimeBulkDataFlowSequenceItem as _RealTimeBulkDataFlowSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RealTimeBulkDataFlowSequenceItem = Lazy(
        "dicomodel.items.real_time_bulk_data_flow_sequence_item", "RealTimeBulkDataFlowSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.flow_identifier_sequence_item import (
        FlowIdentifierSequenceItem as FlowIdentifierSequenceItem,
    )
    from dicomodel.items.real_time_bulk_data_flow_sequence_item import (
        RealTimeBulkDataFlowSequenceItem as RealTimeBulkDataFlowSequenceItem,
    )

__all__ = [
    "FlowIdentifierSequenceItem",
    "RealTimeBulkDataFlowModule",
    "RealTimeBulkDataFlowSequenceItem",
]


class RealTimeBulkDataFlowModule(DicomModel):
    """Real-Time Bulk Data Flow Module Attributes (PS3.3 Table C.7.6.26-1)."""

    dicom_name: ClassVar[str] = "Real-Time Bulk Data Flow"
    dicom_table: ClassVar[str] = "table_C.7.6.26-1"

    RealTimeBulkDataFlowSequence: Annotated[
        list[_RealTimeBulkDataFlowSequenceItem],
        Attribute(0x0034000A, "SQ", "1", "1", name="Real-Time Bulk Data Flow Sequence"),
    ]
    """Real-Time Bulk Data Flow Sequence (0034,000A): Type 1, VR SQ, VM 1. Identifies the Source and Flows of a SMPTE ST 2110 communication providing Bulk Data. At least one item shall be included in this sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FlowIdentifierSequenceItem": (
        "dicomodel.items.flow_identifier_sequence_item",
        "FlowIdentifierSequenceItem",
    ),
    "RealTimeBulkDataFlowSequenceItem": (
        "dicomodel.items.real_time_bulk_data_flow_sequence_item",
        "RealTimeBulkDataFlowSequenceItem",
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
