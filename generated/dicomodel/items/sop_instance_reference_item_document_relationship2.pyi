"""Item class SOPInstanceReferenceItemDocumentRelationship2.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    SOPInstanceReferenceItemDocumentRelationship2 as SOPInstanceReferenceItemDocumentRelationship2,
)

__all__ = ["SOPInstanceReferenceItemDocumentRelationship2"]
