"""Respiratory Synchronization Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.respiratory_synchronization_sequence_item import (
    RespiratorySynchronizationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RespiratorySynchronizationMacro(DicomModel):
    """Respiratory Synchronization Macro Attributes (PS3.3 Table C.7.6.16-18)."""

    dicom_name: ClassVar[str] = "Respiratory Synchronization"
    dicom_table: ClassVar[str] = "table_C.7.6.16-18"

    RespiratorySynchronizationSequence: Annotated[
        list[RespiratorySynchronizationSequenceItem],
        Attribute(0x00209253, "SQ", "1", "1", name="Respiratory Synchronization Sequence"),
    ]
    """Respiratory Synchronization Sequence (0020,9253): Type 1, VR SQ, VM 1. Sequence that describes the frame specific respiratory synchronization parameters. Only a single Item shall be included in this Sequence."""
