"""Item class ReferencedSOPSequenceItemHierarchicalEvidenceReference.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.referenced_digital_signature_sequence_item import (
    ReferencedDigitalSignatureSequenceItem,
)
from dicomodel.items.referenced_sop_instance_mac_sequence_item import (
    ReferencedSOPInstanceMACSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class ReferencedSOPSequenceItemHierarchicalEvidenceReference(DicomModel):
    """An item of Referenced SOP Sequence (0008,1199), as first defined in Hierarchical Evidence Reference Macro Attributes (10.42-1)."""

    dicom_name: ClassVar[str] = "Referenced SOP Sequence"
    dicom_table: ClassVar[str] = "table_10.42-1"

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
    """Purpose of Reference Code Sequence (0040,A170): Type 3, VR SQ, VM 1. Describes the purpose for which the reference is made. One or more Items are permitted in this Sequence."""

    ReferencedDigitalSignatureSequence: Annotated[
        list[ReferencedDigitalSignatureSequenceItem] | None,
        Attribute(0x04000402, "SQ", "1", "3", name="Referenced Digital Signature Sequence"),
    ] = None
    """Referenced Digital Signature Sequence (0400,0402): Type 3, VR SQ, VM 1. Sequence of references to Digital Signatures in the referenced SOP Instance. One or more Items are permitted in this Sequence. The Attributes in this Sequence can be used to detect if the referenced SOP Instance has been altered."""

    ReferencedSOPInstanceMACSequence: Annotated[
        list[ReferencedSOPInstanceMACSequenceItem] | None,
        Attribute(0x04000403, "SQ", "1", "3", name="Referenced SOP Instance MAC Sequence"),
    ] = None
    """Referenced SOP Instance MAC Sequence (0400,0403): Type 3, VR SQ, VM 1. A MAC Calculation from data in the referenced SOP Instance that can be used as a data integrity check. Only a single Item is permitted in this Sequence."""
