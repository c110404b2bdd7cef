"""Item class ContentTemplateSequenceItemDocumentRelationship.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    ContentTemplateSequenceItemDocumentRelationship as ContentTemplateSequenceItemDocumentRelationship,
)

__all__ = ["ContentTemplateSequenceItemDocumentRelationship", "MappingResourceTerm"]
