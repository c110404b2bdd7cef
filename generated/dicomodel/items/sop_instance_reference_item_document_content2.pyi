"""Item class SOPInstanceReferenceItemDocumentContent2.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    SOPInstanceReferenceItemDocumentContent2 as SOPInstanceReferenceItemDocumentContent2,
)

__all__ = ["SOPInstanceReferenceItemDocumentContent2"]
