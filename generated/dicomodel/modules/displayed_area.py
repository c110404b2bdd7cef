"""Displayed Area Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.displayed_area_selection_sequence_item import (
    DisplayedAreaSelectionSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class DisplayedAreaModule(DicomModel):
    """Displayed Area Module Attributes (PS3.3 Table C.10-4)."""

    dicom_name: ClassVar[str] = "Displayed Area"
    dicom_table: ClassVar[str] = "table_C.10-4"

    DisplayedAreaSelectionSequence: Annotated[
        list[DisplayedAreaSelectionSequenceItem],
        Attribute(0x0070005A, "SQ", "1", "1", name="Displayed Area Selection Sequence"),
    ]
    """Displayed Area Selection Sequence (0070,005A): Type 1, VR SQ, VM 1. A Sequence of Items each of which describes the displayed area selection for a group of images or frames. Sufficient Items shall be present to describe every image and frame listed in the Presentation State Relationship Module."""
