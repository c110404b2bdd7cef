"""Item class ReferencedImageSequenceItemEncapsulatedDocument.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedImageSequenceItemEncapsulatedDocument as ReferencedImageSequenceItemEncapsulatedDocument,
)

__all__ = ["ReferencedImageSequenceItemEncapsulatedDocument"]
