"""Visit Relationship Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class VisitRelationshipModule(DicomModel):
    """Visit Relationship Module Attributes (PS3.3 Table C.3-1)."""

    dicom_name: ClassVar[str] = "Visit Relationship"
    dicom_table: ClassVar[str] = "table_C.3-1"

    ReferencedStudySequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x00081110, "SQ", "1", "3", name="Referenced Study Sequence"),
    ] = None
    """Referenced Study Sequence (0008,1110): Type -, VR SQ, VM 1. Uniquely identifies the Studies associated with the Visit. One or more Items shall be included in this Sequence. See Section 10.6.1."""

    ReferencedPatientSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x00081120, "SQ", "1", "3", name="Referenced Patient Sequence"),
    ] = None
    """Referenced Patient Sequence (0008,1120): Type -, VR SQ, VM 1. Uniquely identifies the Patient that relates to the Visit. Only a single Item shall be included in this Sequence."""
