"""Real-Time Bulk Data Flow Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.real_time_bulk_data_flow_sequence_item import RealTimeBulkDataFlowSequenceItem
from dicomodel.model import Attribute, DicomModel


class RealTimeBulkDataFlowModule(DicomModel):
    """Real-Time Bulk Data Flow Module Attributes (PS3.3 Table C.7.6.26-1)."""

    dicom_name: ClassVar[str] = "Real-Time Bulk Data Flow"
    dicom_table: ClassVar[str] = "table_C.7.6.26-1"

    RealTimeBulkDataFlowSequence: Annotated[
        list[RealTimeBulkDataFlowSequenceItem],
        Attribute(0x0034000A, "SQ", "1", "1", name="Real-Time Bulk Data Flow Sequence"),
    ]
    """Real-Time Bulk Data Flow Sequence (0034,000A): Type 1, VR SQ, VM 1. Identifies the Source and Flows of a SMPTE ST 2110 communication providing Bulk Data. At least one item shall be included in this sequence."""
