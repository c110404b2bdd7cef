"""Hierarchical SOP Instance Reference Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_series_sequence_item_hierarchical_evidence_reference import (
    ReferencedSeriesSequenceItemHierarchicalEvidenceReference,
)
from dicomodel.model import Attribute, DicomModel


class HierarchicalSOPInstanceReferenceMacro(DicomModel):
    """Hierarchical SOP Instance Reference Macro Attributes (PS3.3 Table C.17-3)."""

    dicom_name: ClassVar[str] = "Hierarchical SOP Instance Reference"
    dicom_table: ClassVar[str] = "table_C.17-3"

    StudyInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000D, "UI", "1", "1", name="Study Instance UID")
    ]
    """Study Instance UID (0020,000D): Type 1, VR UI, VM 1. Unique identifier for the Study."""

    ReferencedSeriesSequence: Annotated[
        list[ReferencedSeriesSequenceItemHierarchicalEvidenceReference],
        Attribute(0x00081115, "SQ", "1", "1", name="Referenced Series Sequence"),
    ]
    """Referenced Series Sequence (0008,1115): Type 1, VR SQ, VM 1. Sequence of Items where each Item includes the Attributes of a Series containing referenced Composite Object(s). One or more Items shall be included in this Sequence."""
