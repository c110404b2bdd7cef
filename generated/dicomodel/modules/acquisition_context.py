"""Acquisition Context Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.protocol_context_sequence_item import ProtocolContextSequenceItem
from dicomodel.model import Attribute, DicomModel


class AcquisitionContextModule(DicomModel):
    """Acquisition Context Module Attributes (PS3.3 Table C.7.6.14-1)."""

    dicom_name: ClassVar[str] = "Acquisition Context"
    dicom_table: ClassVar[str] = "table_C.7.6.14-1"

    AcquisitionContextSequence: Annotated[
        list[ProtocolContextSequenceItem] | None,
        Attribute(0x00400555, "SQ", "1", "2", name="Acquisition Context Sequence"),
    ]
    """Acquisition Context Sequence (0040,0555): Type 2, VR SQ, VM 1. A Sequence of Items that describes the conditions present during the acquisition of the data of the SOP Instance. Zero or more Items shall be included in this Sequence."""

    AcquisitionContextDescription: Annotated[
        vr.ST | None, Attribute(0x00400556, "ST", "1", "3", name="Acquisition Context Description")
    ] = None
    """Acquisition Context Description (0040,0556): Type 3, VR ST, VM 1. Free-text description of the image-acquisition context."""
