"""RT Ion Beams Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ion_beam_sequence_item import IonBeamSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTIonBeamsModule(DicomModel):
    """RT Ion Beams Module Attributes (PS3.3 Table C.8.8.25-1)."""

    dicom_name: ClassVar[str] = "RT Ion Beams"
    dicom_table: ClassVar[str] = "table_C.8.8.25-1"

    IonBeamSequence: Annotated[
        list[IonBeamSequenceItem], Attribute(0x300A03A2, "SQ", "1", "1", name="Ion Beam Sequence")
    ]
    """Ion Beam Sequence (300A,03A2): Type 1, VR SQ, VM 1. Sequence of setup and/or treatment beams for current RT Ion Plan. One or more Items shall be included in this Sequence."""
