"""Item class AlternateContainerIdentifierSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.issuer_of_accession_number_sequence_item import (
    IssuerOfAccessionNumberSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class AlternateContainerIdentifierSequenceItem(DicomModel):
    """An item of Alternate Container Identifier Sequence (0040,0515), as first defined in Specimen Macro Attributes (C.7.6.22-2)."""

    dicom_name: ClassVar[str] = "Alternate Container Identifier Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.22-2"

    ContainerIdentifier: Annotated[
        vr.LO, Attribute(0x00400512, "LO", "1", "1", name="Container Identifier")
    ]
    """Container Identifier (0040,0512): Type 1, VR LO, VM 1. The identifier for the container that contains the specimen(s) being imaged."""

    IssuerOfTheContainerIdentifierSequence: Annotated[
        list[IssuerOfAccessionNumberSequenceItem] | None,
        Attribute(0x00400513, "SQ", "1", "2", name="Issuer of the Container Identifier Sequence"),
    ]
    """Issuer of the Container Identifier Sequence (0040,0513): Type 2, VR SQ, VM 1. Organization that assigned the Container Identifier. Zero or one Item shall be included in this Sequence."""
