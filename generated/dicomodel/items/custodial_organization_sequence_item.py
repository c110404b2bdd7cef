"""Item class CustodialOrganizationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class CustodialOrganizationSequenceItem(DicomModel):
    """An item of Custodial Organization Sequence (0040,A07C), as first defined in SR Document General Module Attributes (C.17-2)."""

    dicom_name: ClassVar[str] = "Custodial Organization Sequence"
    dicom_table: ClassVar[str] = "table_C.17-2"

    InstitutionName: Annotated[
        vr.LO | None, Attribute(0x00080080, "LO", "1", "2", name="Institution Name")
    ]
    """Institution Name (0008,0080): Type 2, VR LO, VM 1. Name of Custodial Institution or Organization."""

    InstitutionCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00080082, "SQ", "1", "2", name="Institution Code Sequence"),
    ]
    """Institution Code Sequence (0008,0082): Type 2, VR SQ, VM 1. Coded identifier of Custodial Institution or Organization. Zero or one Item shall be included in this Sequence."""

    ResponsibleGroupCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00080220, "SQ", "1", "3", name="Responsible Group Code Sequence"),
    ] = None
    """Responsible Group Code Sequence (0008,0220): Type 3, VR SQ, VM 1. The department, unit or service that is responsible for the management of this Instance. See Section C.34.2.3. Only a single Item is permitted in this Sequence."""
