"""Item class CodingSchemeResourcesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm
from dicomodel.items import CodingSchemeResourcesSequenceItem as CodingSchemeResourcesSequenceItem

__all__ = ["CodingSchemeResourcesSequenceItem", "CodingSchemeURLTypeTerm"]
