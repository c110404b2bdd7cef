"""Item class ReferencedDigitalSignatureSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedDigitalSignatureSequenceItem",
]


class ReferencedDigitalSignatureSequenceItem(DicomModel):
    """An item of Referenced Digital Signature Sequence (0400,0402), as first defined in Hierarchical Evidence Reference Macro Attributes (10.42-1)."""

    dicom_name: ClassVar[str] = "Referenced Digital Signature Sequence"
    dicom_table: ClassVar[str] = "table_10.42-1"

    DigitalSignatureUID: Annotated[
        vr.UI, Attribute(0x04000100, "UI", "1", "1", name="Digital Signature UID")
    ]
    """Digital Signature UID (0400,0100): Type 1, VR UI, VM 1. The Unique Identifier of a Digital Signature held in the referenced SOP Instance."""

    Signature: Annotated[vr.OB, Attribute(0x04000120, "OB", "1", "1", name="Signature")]
    """Signature (0400,0120): Type 1, VR OB, VM 1. The Signature Value identified by the Digital Signature UID within the Referenced SOP Instance UID."""
