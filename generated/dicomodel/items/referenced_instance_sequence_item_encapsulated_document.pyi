"""Item class ReferencedInstanceSequenceItemEncapsulatedDocument.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedInstanceSequenceItemEncapsulatedDocument as ReferencedInstanceSequenceItemEncapsulatedDocument,
)

__all__ = ["ReferencedInstanceSequenceItemEncapsulatedDocument"]
