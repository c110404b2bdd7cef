"""Item class HL7StructuredDocumentReferenceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    HL7StructuredDocumentReferenceSequenceItem as HL7StructuredDocumentReferenceSequenceItem,
)

__all__ = ["HL7StructuredDocumentReferenceSequenceItem"]
