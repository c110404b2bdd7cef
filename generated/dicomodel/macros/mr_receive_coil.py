"""MR Receive Coil Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mr_receive_coil_sequence_item import MRReceiveCoilSequenceItem
from dicomodel.model import Attribute, DicomModel


class MRReceiveCoilMacro(DicomModel):
    """MR Receive Coil Macro Attributes (PS3.3 Table C.8-94)."""

    dicom_name: ClassVar[str] = "MR Receive Coil"
    dicom_table: ClassVar[str] = "table_C.8-94"

    MRReceiveCoilSequence: Annotated[
        list[MRReceiveCoilSequenceItem],
        Attribute(0x00189042, "SQ", "1", "1", name="MR Receive Coil Sequence"),
    ]
    """MR Receive Coil Sequence (0018,9042): Type 1, VR SQ, VM 1. A Sequence that provides information about each receive coil used. One or more Items shall be included in this Sequence."""
