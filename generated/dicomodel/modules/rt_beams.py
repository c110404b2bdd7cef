"""RT Beams Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.beam_sequence_item_rt_beams import BeamSequenceItemRTBeams
from dicomodel.model import Attribute, DicomModel


class RTBeamsModule(DicomModel):
    """RT Beams Module Attributes (PS3.3 Table C.8-50)."""

    dicom_name: ClassVar[str] = "RT Beams"
    dicom_table: ClassVar[str] = "table_C.8-50"

    BeamSequence: Annotated[
        list[BeamSequenceItemRTBeams], Attribute(0x300A00B0, "SQ", "1", "1", name="Beam Sequence")
    ]
    """Beam Sequence (300A,00B0): Type 1, VR SQ, VM 1. Sequence of treatment beams for current RT Plan. One or more Items shall be included in this Sequence."""
