"""Item class BreedRegistrationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class BreedRegistrationSequenceItem(DicomModel):
    """An item of Breed Registration Sequence (0010,2294), as first defined in Patient Demographic Module Attributes (C.2-3)."""

    dicom_name: ClassVar[str] = "Breed Registration Sequence"
    dicom_table: ClassVar[str] = "table_C.2-3"

    BreedRegistrationNumber: Annotated[
        vr.LO | None, Attribute(0x00102295, "LO", "1", "3", name="Breed Registration Number")
    ] = None
    """Breed Registration Number (0010,2295): Type -, VR LO, VM 1. Identification number of a non-human organism within the registry."""

    BreedRegistryCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00102296, "SQ", "1", "3", name="Breed Registry Code Sequence"),
    ] = None
    """Breed Registry Code Sequence (0010,2296): Type -, VR SQ, VM 1. Identification of the organization with which a non-human organism is registered. Only a single Item shall be included in this Sequence."""
