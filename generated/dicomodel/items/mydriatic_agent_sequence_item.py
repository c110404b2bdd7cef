"""Item class MydriaticAgentSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class MydriaticAgentSequenceItem(DicomModel):
    """An item of Mydriatic Agent Sequence (0022,0058), as first defined in Ophthalmic Acquisition Parameters Macro Attributes (C.8.17.8-2)."""

    dicom_name: ClassVar[str] = "Mydriatic Agent Sequence"
    dicom_table: ClassVar[str] = "table_C.8.17.8-2"

    MydriaticAgentCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x0022001C, "SQ", "1", "1", name="Mydriatic Agent Code Sequence"),
    ]
    """Mydriatic Agent Code Sequence (0022,001C): Type 1, VR SQ, VM 1. The actual agent administered to dilate the pupil. Only a single Item shall be included in this Sequence."""

    MydriaticAgentConcentration: Annotated[
        vr.DS | None, Attribute(0x0022004E, "DS", "1", "3", name="Mydriatic Agent Concentration")
    ] = None
    """Mydriatic Agent Concentration (0022,004E): Type 3, VR DS, VM 1. The concentration of the agent."""

    MydriaticAgentConcentrationUnitsSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(
            0x00220042,
            "SQ",
            "1",
            "1C",
            name="Mydriatic Agent Concentration Units Sequence",
            when=("present", 0x0022004E),
        ),
    ] = None
    """Mydriatic Agent Concentration Units Sequence (0022,0042): Type 1C, VR SQ, VM 1. Required if Mydriatic Agent Concentration (0022,004E) is present. Units of measure for the Mydriatic Agent Concentration. Only a single Item shall be included in this Sequence. Required if Mydriatic Agent Concentration (0022,004E) is present."""
