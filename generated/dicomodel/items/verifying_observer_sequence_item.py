"""Item class VerifyingObserverSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class VerifyingObserverSequenceItem(DicomModel):
    """An item of Verifying Observer Sequence (0040,A073), as first defined in SR Document General Module Attributes (C.17-2)."""

    dicom_name: ClassVar[str] = "Verifying Observer Sequence"
    dicom_table: ClassVar[str] = "table_C.17-2"

    VerifyingObserverName: Annotated[
        vr.PN, Attribute(0x0040A075, "PN", "1", "1", name="Verifying Observer Name")
    ]
    """Verifying Observer Name (0040,A075): Type 1, VR PN, VM 1. The person authorized by the Verifying Organization (0040,A027) to verify documents of this type and who accepts responsibility for the content of this document."""

    VerifyingObserverIdentificationCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(
            0x0040A088, "SQ", "1", "2", name="Verifying Observer Identification Code Sequence"
        ),
    ]
    """Verifying Observer Identification Code Sequence (0040,A088): Type 2, VR SQ, VM 1. Coded identifier of Verifying Observer. Zero or one Item shall be included in this Sequence."""

    VerifyingOrganization: Annotated[
        vr.LO, Attribute(0x0040A027, "LO", "1", "1", name="Verifying Organization")
    ]
    """Verifying Organization (0040,A027): Type 1, VR LO, VM 1. Organization to which the Verifying Observer Name (0040,A075) is accountable in the current interpretation procedure."""

    VerificationDateTime: Annotated[
        vr.DT, Attribute(0x0040A030, "DT", "1", "1", name="Verification DateTime")
    ]
    """Verification DateTime (0040,A030): Type 1, VR DT, VM 1. Date and Time of verification by the Verifying Observer Name (0040,A075)."""
