"""Item class BreedRegistrationSequenceItemPatient.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class BreedRegistrationSequenceItemPatient(DicomModel):
    """An item of Breed Registration Sequence (0010,2294), as first defined in Patient Module Attributes (C.7-1)."""

    dicom_name: ClassVar[str] = "Breed Registration Sequence"
    dicom_table: ClassVar[str] = "table_C.7-1"

    BreedRegistrationNumber: Annotated[
        vr.LO, Attribute(0x00102295, "LO", "1", "1", name="Breed Registration Number")
    ]
    """Breed Registration Number (0010,2295): Type 1, VR LO, VM 1. Identification number of a non-human organism within the registry."""

    BreedRegistryCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x00102296, "SQ", "1", "1", name="Breed Registry Code Sequence"),
    ]
    """Breed Registry Code Sequence (0010,2296): Type 1, VR SQ, VM 1. Identification of the organization with which a non-human organism is registered. Only a single Item shall be included in this Sequence."""
