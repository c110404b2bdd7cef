"""Performed Storage Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.storage_protocol_element_sequence_item import (
    StorageProtocolElementSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PerformedStorageModule(DicomModel):
    """Performed Storage Module Attributes (PS3.3 Table C.34.14-1)."""

    dicom_name: ClassVar[str] = "Performed Storage"
    dicom_table: ClassVar[str] = "table_C.34.14-1"

    StorageProtocolElementSequence: Annotated[
        list[StorageProtocolElementSequenceItem],
        Attribute(0x00189936, "SQ", "1", "1", name="Storage Protocol Element Sequence"),
    ]
    """Storage Protocol Element Sequence (0018,9936): Type 1, VR SQ, VM 1. Parameter values for each storage protocol element in the Protocol. The output Instances of the referenced Acquisition or Reconstruction Protocol Elements are stored to the location specified in the Output Information Sequence."""
