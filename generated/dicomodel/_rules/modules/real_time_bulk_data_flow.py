"""Presence rules of Real-Time Bulk Data Flow Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RealTimeBulkDataFlowModule = (
    "table_C.7.6.26-1",
    (
        (
            "RealTimeBulkDataFlowSequence",
            Attribute(0x0034000A, "SQ", "1", "1", name="Real-Time Bulk Data Flow Sequence"),
            Lazy(
                "dicomodel.items.real_time_bulk_data_flow_sequence_item",
                "RealTimeBulkDataFlowSequenceItem",
            ),
        ),
    ),
)
