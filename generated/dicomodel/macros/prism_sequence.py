"""Prism Sequence Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.prism_sequence_item import PrismSequenceItem
from dicomodel.model import Attribute, DicomModel


class PrismSequenceMacro(DicomModel):
    """Prism Sequence Macro Attributes (PS3.3 Table C.8.25.6.2-1)."""

    dicom_name: ClassVar[str] = "Prism Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.6.2-1"

    PrismSequence: Annotated[
        list[PrismSequenceItem] | None,
        Attribute(
            0x00460028,
            "SQ",
            "1",
            "1C",
            name="Prism Sequence",
            when=(
                "unknown",
                "names no attribute: prism is measured in the lens or if this part of a refraction is done for a patient",
            ),
        ),
    ] = None
    """Prism Sequence (0046,0028): Type 1C, VR SQ, VM 1. Required if prism is measured in the lens or if this part of a refraction is done for a patient. A Sequence that specifies prism that is measured in a lens, or that is required to correct for a patient's ocular misalignment. Required if prism is measured in the lens or if this part of a refraction is done for a patient."""
