"""Item class QAResultsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.display_subsystem_qa_results_sequence_item import (
    DisplaySubsystemQAResultsSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class QAResultsSequenceItem(DicomModel):
    """An item of QA Results Sequence (0028,700F), as first defined in QA Results Module Attributes (C.32.3-1)."""

    dicom_name: ClassVar[str] = "QA Results Sequence"
    dicom_table: ClassVar[str] = "table_C.32.3-1"

    DisplaySubsystemID: Annotated[
        vr.US | None, Attribute(0x00287003, "US", "1", "3", name="Display Subsystem ID")
    ] = None
    """Display Subsystem ID (0028,7003): Type -, VR US, VM 1. The Display Subsystem ID of the Item in the Display Subsystem Sequence (0028,7023) to which these results apply."""

    DisplaySubsystemQAResultsSequence: Annotated[
        list[DisplaySubsystemQAResultsSequenceItem] | None,
        Attribute(0x00287010, "SQ", "1", "3", name="Display Subsystem QA Results Sequence"),
    ] = None
    """Display Subsystem QA Results Sequence (0028,7010): Type -, VR SQ, VM 1. Results of QA activities for the identified Display Subsystem. Zero or more Items shall be included in this Sequence."""
