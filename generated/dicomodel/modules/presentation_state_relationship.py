"""Presentation State Relationship Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_series_sequence_item_presentation_state_relationship import (
    ReferencedSeriesSequenceItemPresentationStateRelationship,
)
from dicomodel.model import Attribute, DicomModel


class PresentationStateRelationshipModule(DicomModel):
    """Presentation State Relationship Module Attributes (PS3.3 Table C.11.11-1)."""

    dicom_name: ClassVar[str] = "Presentation State Relationship"
    dicom_table: ClassVar[str] = "table_C.11.11-1"

    ReferencedSeriesSequence: Annotated[
        list[ReferencedSeriesSequenceItemPresentationStateRelationship],
        Attribute(0x00081115, "SQ", "1", "1", name="Referenced Series Sequence"),
    ]
    """Referenced Series Sequence (0008,1115): Type 1, VR SQ, VM 1. Sequence of Items where each Item includes the Attributes of one Series to which the Presentation State applies. One or more Items shall be included in this Sequence."""
