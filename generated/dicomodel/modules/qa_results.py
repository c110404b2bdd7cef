"""QA Results Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.qa_results_sequence_item import QAResultsSequenceItem
from dicomodel.model import Attribute, DicomModel


class QAResultsModule(DicomModel):
    """QA Results Module Attributes (PS3.3 Table C.32.3-1)."""

    dicom_name: ClassVar[str] = "QA Results"
    dicom_table: ClassVar[str] = "table_C.32.3-1"

    QAResultsSequence: Annotated[
        list[QAResultsSequenceItem] | None,
        Attribute(0x0028700F, "SQ", "1", "3", name="QA Results Sequence"),
    ] = None
    """QA Results Sequence (0028,700F): Type -, VR SQ, VM 1. Results of QA activities. Exactly one Item shall be included for each Display Subsystem present in the Display System."""
