"""Intervention Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.intervention_sequence_item import InterventionSequenceItem
from dicomodel.model import Attribute, DicomModel


class InterventionModule(DicomModel):
    """Intervention Module Attributes (PS3.3 Table C.7-19)."""

    dicom_name: ClassVar[str] = "Intervention"
    dicom_table: ClassVar[str] = "table_C.7-19"

    InterventionSequence: Annotated[
        list[InterventionSequenceItem] | None,
        Attribute(0x00180036, "SQ", "1", "3", name="Intervention Sequence"),
    ] = None
    """Intervention Sequence (0018,0036): Type 3, VR SQ, VM 1. Sequence describing interventional therapies or procedures. One or more Items are permitted in this Sequence."""
