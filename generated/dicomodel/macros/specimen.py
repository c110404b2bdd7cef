"""Specimen Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.alternate_container_identifier_sequence_item import (
    AlternateContainerIdentifierSequenceItem,
)
from dicomodel.items.container_component_sequence_item import ContainerComponentSequenceItem
from dicomodel.items.issuer_of_accession_number_sequence_item import (
    IssuerOfAccessionNumberSequenceItem,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.specimen_description_sequence_item import SpecimenDescriptionSequenceItem
from dicomodel.model import Attribute, DicomModel


class SpecimenMacro(DicomModel):
    """Specimen Macro Attributes (PS3.3 Table C.7.6.22-2)."""

    dicom_name: ClassVar[str] = "Specimen"
    dicom_table: ClassVar[str] = "table_C.7.6.22-2"

    ContainerIdentifier: Annotated[
        vr.LO, Attribute(0x00400512, "LO", "1", "1", name="Container Identifier")
    ]
    """Container Identifier (0040,0512): Type 1, VR LO, VM 1. The identifier for the container that contains the specimen(s) being imaged. See Section C.7.6.22.1.1."""

    IssuerOfTheContainerIdentifierSequence: Annotated[
        list[IssuerOfAccessionNumberSequenceItem] | None,
        Attribute(0x00400513, "SQ", "1", "2", name="Issuer of the Container Identifier Sequence"),
    ]
    """Issuer of the Container Identifier Sequence (0040,0513): Type 2, VR SQ, VM 1. Organization that assigned the Container Identifier. Zero or one Item shall be included in this Sequence."""

    AlternateContainerIdentifierSequence: Annotated[
        list[AlternateContainerIdentifierSequenceItem] | None,
        Attribute(0x00400515, "SQ", "1", "3", name="Alternate Container Identifier Sequence"),
    ] = None
    """Alternate Container Identifier Sequence (0040,0515): Type 3, VR SQ, VM 1. Sequence of alternate identifiers for the container that contains the specimen(s) being imaged. These may have been assigned, e.g., by the manufacturer, or by another institution that collected the specimen."""

    ContainerTypeCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00400518, "SQ", "1", "2", name="Container Type Code Sequence"),
    ]
    """Container Type Code Sequence (0040,0518): Type 2, VR SQ, VM 1. Type of container that contains the specimen(s) being imaged. Zero or one Item shall be included in this Sequence."""

    ContainerDescription: Annotated[
        vr.LO | None, Attribute(0x0040051A, "LO", "1", "3", name="Container Description")
    ] = None
    """Container Description (0040,051A): Type 3, VR LO, VM 1. Description of the container."""

    ContainerComponentSequence: Annotated[
        list[ContainerComponentSequenceItem] | None,
        Attribute(0x00400520, "SQ", "1", "3", name="Container Component Sequence"),
    ] = None
    """Container Component Sequence (0040,0520): Type 3, VR SQ, VM 1. Description of one or more components of the container (e.g., description of the slide and of the coverslip). One or more Items are permitted in this Sequence."""

    SpecimenDescriptionSequence: Annotated[
        list[SpecimenDescriptionSequenceItem],
        Attribute(0x00400560, "SQ", "1", "1", name="Specimen Description Sequence"),
    ]
    """Specimen Description Sequence (0040,0560): Type 1, VR SQ, VM 1. Sequence of identifiers and detailed description of the specimen(s) being imaged. One or more Items shall be included in this Sequence. Each specimen imaged in the Pixel Data shall be identified by an Item in this Sequence."""
