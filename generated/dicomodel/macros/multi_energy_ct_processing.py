"""Multi-energy CT Processing Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.multienergy_ct_processing_sequence_item import (
    MultienergyCTProcessingSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class MultiEnergyCTProcessingMacro(DicomModel):
    """Multi-energy CT Processing Macro Attributes (PS3.3 Table C.8.15.3.13-1)."""

    dicom_name: ClassVar[str] = "Multi-energy CT Processing"
    dicom_table: ClassVar[str] = "table_C.8.15.3.13-1"

    MultienergyCTProcessingSequence: Annotated[
        list[MultienergyCTProcessingSequenceItem] | None,
        Attribute(0x00189363, "SQ", "1", "3", name="Multi-energy CT Processing Sequence"),
    ] = None
    """Multi-energy CT Processing Sequence (0018,9363): Type 3, VR SQ, VM 1. How the acquired Multi-energy data was processed to generate this image. Only a single Item is permitted in this Sequence."""
