"""Item class PertinentDocumentsSequenceItemPatientMedical.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PertinentDocumentsSequenceItemPatientMedical(DicomModel):
    """An item of Pertinent Documents Sequence (0038,0100), as first defined in Patient Medical Module Attributes (C.2-4)."""

    dicom_name: ClassVar[str] = "Pertinent Documents Sequence"
    dicom_table: ClassVar[str] = "table_C.2-4"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    PurposeOfReferenceCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x0040A170, "SQ", "1", "3", name="Purpose of Reference Code Sequence"),
    ] = None
    """Purpose of Reference Code Sequence (0040,A170): Type -, VR SQ, VM 1. Describes the purpose for which the document reference is made. Zero or more Items shall be included in this Sequence."""

    DocumentTitle: Annotated[
        vr.ST | None, Attribute(0x00420010, "ST", "1", "3", name="Document Title")
    ] = None
    """Document Title (0042,0010): Type -, VR ST, VM 1. Title of the referenced document."""
