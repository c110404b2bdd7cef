"""Item class ActualHumanPerformersSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class ActualHumanPerformersSequenceItem(DicomModel):
    """An item of Actual Human Performer Sequence (0040,4035), as first defined in Display QA Result Context Macro Attributes (C.32.3.1-1)."""

    dicom_name: ClassVar[str] = "Actual Human Performer Sequence"
    dicom_table: ClassVar[str] = "table_C.32.3.1-1"

    HumanPerformerCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00404009, "SQ", "1", "3", name="Human Performer Code Sequence"),
    ] = None
    """Human Performer Code Sequence (0040,4009): Type -, VR SQ, VM 1. Coded identification of the human performer. Only a single Item shall be included in this Sequence."""

    HumanPerformerName: Annotated[
        vr.PN | None, Attribute(0x00404037, "PN", "1", "3", name="Human Performer's Name")
    ] = None
    """Human Performer's Name (0040,4037): Type -, VR PN, VM 1. Name of the human performer."""

    HumanPerformerOrganization: Annotated[
        vr.LO | None, Attribute(0x00404036, "LO", "1", "3", name="Human Performer's Organization")
    ] = None
    """Human Performer's Organization (0040,4036): Type -, VR LO, VM 1. Organization to which the human performer is accountable for the results."""
