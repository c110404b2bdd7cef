"""Item class ContentTemplateSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import ContentTemplateSequenceItem as ContentTemplateSequenceItem

__all__ = ["ContentTemplateSequenceItem", "MappingResourceTerm"]
