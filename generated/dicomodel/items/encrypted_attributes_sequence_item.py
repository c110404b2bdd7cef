"""Item class EncryptedAttributesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "EncryptedAttributesSequenceItem",
]


class EncryptedAttributesSequenceItem(DicomModel):
    """An item of Encrypted Attributes Sequence (0400,0500), as first defined in SOP Common Module Attributes (C.12-1)."""

    dicom_name: ClassVar[str] = "Encrypted Attributes Sequence"
    dicom_table: ClassVar[str] = "table_C.12-1"

    EncryptedContentTransferSyntaxUID: Annotated[
        vr.UI, Attribute(0x04000510, "UI", "1", "1", name="Encrypted Content Transfer Syntax UID")
    ]
    """Encrypted Content Transfer Syntax UID (0400,0510): Type 1, VR UI, VM 1. Transfer Syntax used to encode the encrypted content. Only Transfer Syntaxes that explicitly include the VR and use Little Endian encoding shall be used."""

    EncryptedContent: Annotated[
        vr.OB, Attribute(0x04000520, "OB", "1", "1", name="Encrypted Content")
    ]
    """Encrypted Content (0400,0520): Type 1, VR OB, VM 1. Encrypted data. See Section C.12.1.1.4.2."""
