"""Item class ReferencedSOPSequenceItemDocumentRelationship2.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedSOPSequenceItemDocumentRelationship2 as ReferencedSOPSequenceItemDocumentRelationship2,
)

__all__ = ["ReferencedSOPSequenceItemDocumentRelationship2"]
