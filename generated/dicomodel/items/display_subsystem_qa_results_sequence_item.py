"""Item class DisplaySubsystemQAResultsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.configuration_qa_results_sequence_item import (
    ConfigurationQAResultsSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class DisplaySubsystemQAResultsSequenceItem(DicomModel):
    """An item of Display Subsystem QA Results Sequence (0028,7010), as first defined in QA Results Module Attributes (C.32.3-1)."""

    dicom_name: ClassVar[str] = "Display Subsystem QA Results Sequence"
    dicom_table: ClassVar[str] = "table_C.32.3-1"

    ConfigurationID: Annotated[
        vr.US | None, Attribute(0x0028700B, "US", "1", "3", name="Configuration ID")
    ] = None
    """Configuration ID (0028,700B): Type -, VR US, VM 1. The Configuration ID of the Item in the Display Subsystem Configuration Sequence (0028,700A) under which the QA was performed. A given Configuration ID value shall not appear more than once in this Sequence."""

    ConfigurationQAResultsSequence: Annotated[
        list[ConfigurationQAResultsSequenceItem] | None,
        Attribute(0x00287011, "SQ", "1", "3", name="Configuration QA Results Sequence"),
    ] = None
    """Configuration QA Results Sequence (0028,7011): Type -, VR SQ, VM 1. Results of QA activities for the identified Display Subsystem in the identified configuration."""
