"""Performed CT Reconstruction Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.reconstruction_protocol_element_sequence_item import (
    ReconstructionProtocolElementSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PerformedCTReconstructionModule(DicomModel):
    """Performed CT Reconstruction Module Attributes (PS3.3 Table C.34.12-1)."""

    dicom_name: ClassVar[str] = "Performed CT Reconstruction"
    dicom_table: ClassVar[str] = "table_C.34.12-1"

    ReconstructionProtocolElementSequence: Annotated[
        list[ReconstructionProtocolElementSequenceItem],
        Attribute(0x00189934, "SQ", "1", "1", name="Reconstruction Protocol Element Sequence"),
    ]
    """Reconstruction Protocol Element Sequence (0018,9934): Type 1, VR SQ, VM 1. Parameter values for each reconstruction protocol element in the Protocol. See Section C.34.11.1. Elements are performed in the order of their Protocol Element Number (0018,9921). One or more Items shall be included in this Sequence."""
