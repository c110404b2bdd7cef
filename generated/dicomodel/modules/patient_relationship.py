"""Patient Relationship Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class PatientRelationshipModule(DicomModel):
    """Patient Relationship Module Attributes (PS3.3 Table C.2-1)."""

    dicom_name: ClassVar[str] = "Patient Relationship"
    dicom_table: ClassVar[str] = "table_C.2-1"

    ReferencedStudySequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x00081110, "SQ", "1", "3", name="Referenced Study Sequence"),
    ] = None
    """Referenced Study Sequence (0008,1110): Type -, VR SQ, VM 1. Uniquely identifies the Studies associated with the Patient. One or more Items shall be included in this Sequence. See Section 10.6.1."""

    ReferencedVisitSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x00081125, "SQ", "1", "3", name="Referenced Visit Sequence"),
    ] = None
    """Referenced Visit Sequence (0008,1125): Type -, VR SQ, VM 1. Uniquely identifies the Visits associated with this Patient. One or more Items shall be included in this Sequence."""
