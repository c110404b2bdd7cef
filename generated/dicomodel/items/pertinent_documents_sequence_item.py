"""Item class PertinentDocumentsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PertinentDocumentsSequenceItem",
]


class PertinentDocumentsSequenceItem(DicomModel):
    """An item of Pertinent Documents Sequence (0038,0100), as first defined in Assertion Macro Attributes (10.30-1)."""

    dicom_name: ClassVar[str] = "Pertinent Documents Sequence"
    dicom_table: ClassVar[str] = "table_10.30-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI | None, Attribute(0x00081150, "UI", "1", "3", name="Referenced SOP Class UID")
    ] = None
    """Referenced SOP Class UID (0008,1150): Type 3, VR UI, VM 1. Unique identifier for the class of the referenced document."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI | None, Attribute(0x00081155, "UI", "1", "3", name="Referenced SOP Instance UID")
    ] = None
    """Referenced SOP Instance UID (0008,1155): Type 3, VR UI, VM 1. Unique identifier for the referenced document as used in DICOM Instance references (see Section C.12.1.1.6)."""

    HL7InstanceIdentifier: Annotated[
        vr.ST | None, Attribute(0x0040E001, "ST", "1", "3", name="HL7 Instance Identifier")
    ] = None
    """HL7 Instance Identifier (0040,E001): Type 3, VR ST, VM 1. Instance Identifier of the referenced document, encoded as a UID (OID or UUID), concatenated with a caret (\"^\") and Extension value (if Extension is present in Instance Identifier)."""

    RetrieveURI: Annotated[
        vr.UR | None, Attribute(0x0040E010, "UR", "1", "3", name="Retrieve URI")
    ] = None
    """Retrieve URI (0040,E010): Type 3, VR UR, VM 1. Retrieval access path to the referenced document. Includes fully specified scheme, authority, path, and query in accordance with [RFC3986]."""
