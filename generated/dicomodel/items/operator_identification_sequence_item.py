"""Item class OperatorIdentificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class OperatorIdentificationSequenceItem(DicomModel):
    """An item of Operator Identification Sequence (0008,1072), as first defined in Substance Administration Log Module Attributes (C.26-4)."""

    dicom_name: ClassVar[str] = "Operator Identification Sequence"
    dicom_table: ClassVar[str] = "table_C.26-4"

    PersonIdentificationCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00401101, "SQ", "1", "3", name="Person Identification Code Sequence"),
    ] = None
    """Person Identification Code Sequence (0040,1101): Type -, VR SQ, VM 1. Coded identifier of the person administering the contrast agent, drug, or device. Only a single Item shall be included in this Sequence."""
