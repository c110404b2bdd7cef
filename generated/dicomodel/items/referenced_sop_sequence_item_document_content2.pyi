"""Item class ReferencedSOPSequenceItemDocumentContent2.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedSOPSequenceItemDocumentContent2 as ReferencedSOPSequenceItemDocumentContent2,
)

__all__ = ["ReferencedSOPSequenceItemDocumentContent2"]
