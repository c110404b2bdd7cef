"""MR Diffusion Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mr_diffusion_sequence_item import MRDiffusionSequenceItem
from dicomodel.model import Attribute, DicomModel


class MRDiffusionMacro(DicomModel):
    """MR Diffusion Macro Attributes (PS3.3 Table C.8-96)."""

    dicom_name: ClassVar[str] = "MR Diffusion"
    dicom_table: ClassVar[str] = "table_C.8-96"

    MRDiffusionSequence: Annotated[
        list[MRDiffusionSequenceItem],
        Attribute(0x00189117, "SQ", "1", "1", name="MR Diffusion Sequence"),
    ]
    """MR Diffusion Sequence (0018,9117): Type 1, VR SQ, VM 1. Identifies the diffusion parameters of this frame. Only a single Item shall be included in this Sequence."""
