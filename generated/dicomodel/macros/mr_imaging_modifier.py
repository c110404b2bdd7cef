"""MR Imaging Modifier Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mr_imaging_modifier_sequence_item import MRImagingModifierSequenceItem
from dicomodel.model import Attribute, DicomModel


class MRImagingModifierMacro(DicomModel):
    """MR Imaging Modifier Macro Attributes (PS3.3 Table C.8-93)."""

    dicom_name: ClassVar[str] = "MR Imaging Modifier"
    dicom_table: ClassVar[str] = "table_C.8-93"

    MRImagingModifierSequence: Annotated[
        list[MRImagingModifierSequenceItem],
        Attribute(0x00189006, "SQ", "1", "1", name="MR Imaging Modifier Sequence"),
    ]
    """MR Imaging Modifier Sequence (0018,9006): Type 1, VR SQ, VM 1. A Sequence containing MR modifier Sequence Attributes. Only a single Item shall be included in this Sequence."""
