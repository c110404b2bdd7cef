"""Item class HL7StructuredDocumentReferenceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "HL7StructuredDocumentReferenceSequenceItem",
]


class HL7StructuredDocumentReferenceSequenceItem(DicomModel):
    """An item of HL7 Structured Document Reference Sequence (0040,A390), as first defined in SOP Common Module Attributes (C.12-1)."""

    dicom_name: ClassVar[str] = "HL7 Structured Document Reference Sequence"
    dicom_table: ClassVar[str] = "table_C.12-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    HL7InstanceIdentifier: Annotated[
        vr.ST, Attribute(0x0040E001, "ST", "1", "1", name="HL7 Instance Identifier")
    ]
    """HL7 Instance Identifier (0040,E001): Type 1, VR ST, VM 1. Instance Identifier of the referenced HL7 Structured Document, encoded as a UID (OID or UUID), concatenated with a caret (\"^\") and Extension value (if Extension is present in Instance Identifier)."""

    RetrieveURI: Annotated[
        vr.UR | None, Attribute(0x0040E010, "UR", "1", "3", name="Retrieve URI")
    ] = None
    """Retrieve URI (0040,E010): Type 3, VR UR, VM 1. Retrieval access path to HL7 Structured Document. Includes fully specified scheme, authority, path, and query in accordance with[RFC3986]. The VR of this Data Element has changed from UT to UR."""
