"""MR Metabolite Map Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mr_metabolite_map_sequence_item import MRMetaboliteMapSequenceItem
from dicomodel.model import Attribute, DicomModel


class MRMetaboliteMapMacro(DicomModel):
    """MR Metabolite Map Macro Attributes (PS3.3 Table C.8-99)."""

    dicom_name: ClassVar[str] = "MR Metabolite Map"
    dicom_table: ClassVar[str] = "table_C.8-99"

    MRMetaboliteMapSequence: Annotated[
        list[MRMetaboliteMapSequenceItem],
        Attribute(0x00189152, "SQ", "1", "1", name="MR Metabolite Map Sequence"),
    ]
    """MR Metabolite Map Sequence (0018,9152): Type 1, VR SQ, VM 1. Describes the chemical shift parameters used to measure the resonant peaks from which the MR metabolite map represented by this frame was derived. Only a single Item shall be included in this Sequence."""
