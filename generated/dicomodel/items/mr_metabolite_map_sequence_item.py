"""Item class MRMetaboliteMapSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.chemical_shift_sequence_item import ChemicalShiftSequenceItem
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class MRMetaboliteMapSequenceItem(DicomModel):
    """An item of MR Metabolite Map Sequence (0018,9152), as first defined in MR Metabolite Map Macro Attributes (C.8-99)."""

    dicom_name: ClassVar[str] = "MR Metabolite Map Sequence"
    dicom_table: ClassVar[str] = "table_C.8-99"

    MetaboliteMapDescription: Annotated[
        vr.ST | None,
        Attribute(
            0x00189080,
            "ST",
            "1",
            "1C",
            name="Metabolite Map Description",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Metabolite Map Description (0018,9080): Type 1C, VR ST, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Text describing the Metabolite Map. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    MetaboliteMapCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00189083, "SQ", "1", "3", name="Metabolite Map Code Sequence"),
    ] = None
    """Metabolite Map Code Sequence (0018,9083): Type 3, VR SQ, VM 1. When the measured peaks or their ratios can be related to metabolite substances, this Sequence may be used to describe the metabolite substance whose resonant peaks are mapped in the Metabolite Map, or the ratio of substance resonant peaks..."""

    ChemicalShiftSequence: Annotated[
        list[ChemicalShiftSequenceItem] | None,
        Attribute(0x00189084, "SQ", "1", "3", name="Chemical Shift Sequence"),
    ] = None
    """Chemical Shift Sequence (0018,9084): Type 3, VR SQ, VM 1. The list of frequencies that were used to create the Metabolite Map. One or more Items are permitted in this Sequence."""
