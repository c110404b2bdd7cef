"""Camera Position Functional Group Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.camera_position_group_sequence_item import CameraPositionGroupSequenceItem
from dicomodel.model import Attribute, DicomModel


class CameraPositionFunctionalGroupMacro(DicomModel):
    """Camera Position Functional Group Macro Attributes (PS3.3 Table C.7.6.16.2.28-1)."""

    dicom_name: ClassVar[str] = "Camera Position Functional Group"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.28-1"

    CameraPositionGroupSequence: Annotated[
        list[CameraPositionGroupSequenceItem],
        Attribute(0x0034000B, "SQ", "1", "1", name="Camera Position Group Sequence"),
    ]
    """Camera Position Group Sequence (0034,000B): Type 1, VR SQ, VM 1. Sequence that contains the Functional Groups Sequence Attributes corresponding to the current frame or audio sample. Only a single Item shall be included in this Sequence."""
