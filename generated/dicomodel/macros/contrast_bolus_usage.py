"""Contrast/Bolus Usage Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.contrast_bolus_usage_sequence_item import ContrastBolusUsageSequenceItem
from dicomodel.model import Attribute, DicomModel


class ContrastBolusUsageMacro(DicomModel):
    """Contrast/Bolus Usage Macro Attributes (PS3.3 Table C.7.16-13)."""

    dicom_name: ClassVar[str] = "Contrast/Bolus Usage"
    dicom_table: ClassVar[str] = "table_C.7.16-13"

    ContrastBolusUsageSequence: Annotated[
        list[ContrastBolusUsageSequenceItem],
        Attribute(0x00189341, "SQ", "1", "1", name="Contrast/Bolus Usage Sequence"),
    ]
    """Contrast/Bolus Usage Sequence (0018,9341): Type 1, VR SQ, VM 1. Contains the Attributes describing the use of contrast for this frame. One or more Items shall be included in this Sequence."""
