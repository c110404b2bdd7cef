"""Enhanced Contrast/Bolus Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.contrast_bolus_agent_sequence_item import ContrastBolusAgentSequenceItem
from dicomodel.model import Attribute, DicomModel


class EnhancedContrastBolusModule(DicomModel):
    """Enhanced Contrast/Bolus Module Attributes (PS3.3 Table C.7-12b)."""

    dicom_name: ClassVar[str] = "Enhanced Contrast/Bolus"
    dicom_table: ClassVar[str] = "table_C.7-12b"

    ContrastBolusAgentSequence: Annotated[
        list[ContrastBolusAgentSequenceItem],
        Attribute(0x00180012, "SQ", "1", "1", name="Contrast/Bolus Agent Sequence"),
    ]
    """Contrast/Bolus Agent Sequence (0018,0012): Type 1, VR SQ, VM 1. Sequence that identifies one or more contrast agents administered prior to or during the acquisition. One or more Items shall be included in this Sequence."""
