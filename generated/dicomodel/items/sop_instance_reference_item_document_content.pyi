"""Item class SOPInstanceReferenceItemDocumentContent.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    SOPInstanceReferenceItemDocumentContent as SOPInstanceReferenceItemDocumentContent,
)

__all__ = ["SOPInstanceReferenceItemDocumentContent"]
