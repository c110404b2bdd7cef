"""MR Arterial Spin Labeling Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mr_arterial_spin_labeling_sequence_item import (
    MRArterialSpinLabelingSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class MRArterialSpinLabelingMacro(DicomModel):
    """MR Arterial Spin Labeling Macro Attributes (PS3.3 Table C.8-100b)."""

    dicom_name: ClassVar[str] = "MR Arterial Spin Labeling"
    dicom_table: ClassVar[str] = "table_C.8-100b"

    MRArterialSpinLabelingSequence: Annotated[
        list[MRArterialSpinLabelingSequenceItem],
        Attribute(0x00189251, "SQ", "1", "1", name="MR Arterial Spin Labeling Sequence"),
    ]
    """MR Arterial Spin Labeling Sequence (0018,9251): Type 1, VR SQ, VM 1. A Sequence that provides the position of Arterial Spin Labeling regions deposited as part of the pulse sequence. One or more Items shall be included in this Sequence."""
