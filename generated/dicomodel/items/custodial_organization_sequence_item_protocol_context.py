"""Item class CustodialOrganizationSequenceItemProtocolContext.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class CustodialOrganizationSequenceItemProtocolContext(DicomModel):
    """An item of Custodial Organization Sequence (0040,A07C), as first defined in Protocol Context Module Attributes (C.34.2-1)."""

    dicom_name: ClassVar[str] = "Custodial Organization Sequence"
    dicom_table: ClassVar[str] = "table_C.34.2-1"

    InstitutionName: Annotated[
        vr.LO | None, Attribute(0x00080080, "LO", "1", "2", name="Institution Name")
    ]
    """Institution Name (0008,0080): Type 2, VR LO, VM 1. Name of Custodial Institution or Organization."""

    InstitutionCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00080082, "SQ", "1", "2", name="Institution Code Sequence"),
    ]
    """Institution Code Sequence (0008,0082): Type 2, VR SQ, VM 1. Coded identifier of Custodial Institution or Organization. Zero or one Item shall be included in this Sequence."""
