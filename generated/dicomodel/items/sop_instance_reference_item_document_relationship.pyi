"""Item class SOPInstanceReferenceItemDocumentRelationship.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    SOPInstanceReferenceItemDocumentRelationship as SOPInstanceReferenceItemDocumentRelationship,
)

__all__ = ["SOPInstanceReferenceItemDocumentRelationship"]
