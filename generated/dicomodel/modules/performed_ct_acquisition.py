"""Performed CT Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.acquisition_protocol_element_sequence_item import (
    AcquisitionProtocolElementSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PerformedCTAcquisitionModule(DicomModel):
    """Performed CT Acquisition Module Attributes (PS3.3 Table C.34.10-1)."""

    dicom_name: ClassVar[str] = "Performed CT Acquisition"
    dicom_table: ClassVar[str] = "table_C.34.10-1"

    AcquisitionProtocolElementSequence: Annotated[
        list[AcquisitionProtocolElementSequenceItem] | None,
        Attribute(0x00189920, "SQ", "1", "2", name="Acquisition Protocol Element Sequence"),
    ]
    """Acquisition Protocol Element Sequence (0018,9920): Type 2, VR SQ, VM 1. Parameter values for each Protocol Element in the acquisition protocol. Each Item in the Sequence describes one Element. Elements are performed in the order of their Protocol Element Number (0018,9921). See Section C.34.9.1."""
