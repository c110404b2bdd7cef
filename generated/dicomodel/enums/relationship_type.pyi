"""Enumerated Values and Defined Terms of Relationship Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RelationshipType as RelationshipType
from dicomodel.enums import (
    RelationshipTypeEncapsulatedDocument as RelationshipTypeEncapsulatedDocument,
)
from dicomodel.enums import (
    RelationshipTypeEncapsulatedDocumentValue as RelationshipTypeEncapsulatedDocumentValue,
)
from dicomodel.enums import RelationshipTypeValue as RelationshipTypeValue

__all__ = [
    "RelationshipType",
    "RelationshipTypeEncapsulatedDocument",
    "RelationshipTypeEncapsulatedDocumentValue",
    "RelationshipTypeValue",
]
