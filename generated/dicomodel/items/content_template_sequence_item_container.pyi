"""Item class ContentTemplateSequenceItemContainer.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    ContentTemplateSequenceItemContainer as ContentTemplateSequenceItemContainer,
)

__all__ = ["ContentTemplateSequenceItemContainer", "MappingResourceTerm"]
