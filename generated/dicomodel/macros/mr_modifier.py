"""MR Modifier Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mr_modifier_sequence_item import MRModifierSequenceItem
from dicomodel.model import Attribute, DicomModel


class MRModifierMacro(DicomModel):
    """MR Modifier Macro Attributes (PS3.3 Table C.8-92)."""

    dicom_name: ClassVar[str] = "MR Modifier"
    dicom_table: ClassVar[str] = "table_C.8-92"

    MRModifierSequence: Annotated[
        list[MRModifierSequenceItem],
        Attribute(0x00189115, "SQ", "1", "1", name="MR Modifier Sequence"),
    ]
    """MR Modifier Sequence (0018,9115): Type 1, VR SQ, VM 1. Identifies general acquisition parameters of this frame. Only a single Item shall be included in this Sequence."""
