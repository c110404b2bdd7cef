"""Cardiac Synchronization Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.cardiac_synchronization_sequence_item import CardiacSynchronizationSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CardiacSynchronizationMacro",
    "CardiacSynchronizationSequenceItem",
]


class CardiacSynchronizationMacro(DicomModel):
    """Cardiac Synchronization Macro Attributes (PS3.3 Table C.7.6.16-8)."""

    dicom_name: ClassVar[str] = "Cardiac Synchronization"
    dicom_table: ClassVar[str] = "table_C.7.6.16-8"

    CardiacSynchronizationSequence: Annotated[
        list[CardiacSynchronizationSequenceItem],
        Attribute(0x00189118, "SQ", "1", "1", name="Cardiac Synchronization Sequence"),
    ]
    """Cardiac Synchronization Sequence (0018,9118): Type 1, VR SQ, VM 1. Sequence that describes the frame specific cardiac synchronization parameters. Only a single Item shall be included in this Sequence."""
