"""Item class ContentCreatorIdentificationCodeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class ContentCreatorIdentificationCodeSequenceItem(DicomModel):
    """An item of Content Creator's Identification Code Sequence (0070,0086), as first defined in Content Identification Macro Attributes (10-12)."""

    dicom_name: ClassVar[str] = "Content Creator's Identification Code Sequence"
    dicom_table: ClassVar[str] = "table_10-12"

    PersonIdentificationCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x00401101, "SQ", "1", "1", name="Person Identification Code Sequence"),
    ]
    """Person Identification Code Sequence (0040,1101): Type 1, VR SQ, VM 1. A coded entry that identifies a person. The Code Meaning Attribute, though it will be encoded with a VR of LO, may be encoded according to the rules of the PN VR (e.g., caret '^' delimiters shall separate name components), except that a sin..."""

    PersonAddress: Annotated[
        vr.ST | None, Attribute(0x00401102, "ST", "1", "3", name="Person's Address")
    ] = None
    """Person's Address (0040,1102): Type 3, VR ST, VM 1. Person's mailing address."""

    PersonTelephoneNumbers: Annotated[
        list[vr.LO] | None,
        Attribute(0x00401103, "LO", "1-n", "3", name="Person's Telephone Numbers"),
    ] = None
    """Person's Telephone Numbers (0040,1103): Type 3, VR LO, VM 1-n. Person's telephone number(s)."""

    PersonTelecomInformation: Annotated[
        vr.LT | None, Attribute(0x00401104, "LT", "1", "3", name="Person's Telecom Information")
    ] = None
    """Person's Telecom Information (0040,1104): Type 3, VR LT, VM 1. The person's telecommunication contact information, including telephone, email, or other telecom addresses. This Attribute may have internal format or structure in accordance with local agreement or profile."""

    InstitutionName: Annotated[
        vr.LO | None,
        Attribute(
            0x00080080,
            "LO",
            "1",
            "1C",
            name="Institution Name",
            when=("not", ("present", 0x00080082)),
            otherwise="may",
        ),
    ] = None
    """Institution Name (0008,0080): Type 1C, VR LO, VM 1. Required if Institution Code Sequence (0008,0082) is not present. May be present otherwise. Institution or organization to which the identified individual is responsible or accountable. Required if Institution Code Sequence (0008,0082) is not present. May be present otherwise."""

    InstitutionAddress: Annotated[
        vr.ST | None, Attribute(0x00080081, "ST", "1", "3", name="Institution Address")
    ] = None
    """Institution Address (0008,0081): Type 3, VR ST, VM 1. Mailing address of the institution or organization to which the identified individual is responsible or accountable."""

    InstitutionCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(
            0x00080082,
            "SQ",
            "1",
            "1C",
            name="Institution Code Sequence",
            when=("not", ("present", 0x00080080)),
            otherwise="may",
        ),
    ] = None
    """Institution Code Sequence (0008,0082): Type 1C, VR SQ, VM 1. Required if Institution Name (0008,0080) is not present. May be present otherwise. Institution or organization to which the identified individual is responsible or accountable. Required if Institution Name (0008,0080) is not present. May be present otherwise. Only a single Item shall be included in this Sequence."""

    InstitutionalDepartmentName: Annotated[
        vr.LO | None, Attribute(0x00081040, "LO", "1", "3", name="Institutional Department Name")
    ] = None
    """Institutional Department Name (0008,1040): Type 3, VR LO, VM 1. The Department, Unit or Service within the healthcare facility."""

    InstitutionalDepartmentTypeCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00081041, "SQ", "1", "3", name="Institutional Department Type Code Sequence"),
    ] = None
    """Institutional Department Type Code Sequence (0008,1041): Type 3, VR SQ, VM 1. A coded description of the type of Department or Service within the healthcare facility. This might be obtained from a corresponding HL7v2 message containing PV1:10 Hospital Service. Only a single Item is permitted in this Sequence."""
