"""MR Transmit Coil Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mr_transmit_coil_sequence_item import MRTransmitCoilSequenceItem
from dicomodel.model import Attribute, DicomModel


class MRTransmitCoilMacro(DicomModel):
    """MR Transmit Coil Macro Attributes (PS3.3 Table C.8-95)."""

    dicom_name: ClassVar[str] = "MR Transmit Coil"
    dicom_table: ClassVar[str] = "table_C.8-95"

    MRTransmitCoilSequence: Annotated[
        list[MRTransmitCoilSequenceItem],
        Attribute(0x00189049, "SQ", "1", "1", name="MR Transmit Coil Sequence"),
    ]
    """MR Transmit Coil Sequence (0018,9049): Type 1, VR SQ, VM 1. A Sequence that provides information about the transmit coil used. Only a single Item shall be included in this Sequence."""
