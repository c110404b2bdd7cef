"""Basic Film Session Relationship Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.proposed_study_sequence_item import ProposedStudySequenceItem
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class BasicFilmSessionRelationshipModule(DicomModel):
    """Basic Film Session Relationship Module Attributes (PS3.3 Table C.13-2)."""

    dicom_name: ClassVar[str] = "Basic Film Session Relationship"
    dicom_table: ClassVar[str] = "table_C.13-2"

    ReferencedFilmBoxSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x20000500, "SQ", "1", "3", name="Referenced Film Box Sequence"),
    ] = None
    """Referenced Film Box Sequence (2000,0500): Type -, VR SQ, VM 1. A set of Film Boxes. Zero or more Items shall be included in this Sequence."""

    ProposedStudySequence: Annotated[
        list[ProposedStudySequenceItem] | None,
        Attribute(0x213000A0, "SQ", "1", "3", name="Proposed Study Sequence"),
    ] = None
    """Proposed Study Sequence (2130,00A0): Type -, VR SQ, VM 1. Attributes that may be used to identify and describe the Patient, Study and Series that are the subject of this Film Session. Only a single Item is permitted in this Sequence."""
