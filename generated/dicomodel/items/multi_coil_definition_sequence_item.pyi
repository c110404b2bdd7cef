"""Item class MultiCoilDefinitionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MultiCoilElementUsed as MultiCoilElementUsed
from dicomodel.items import MultiCoilDefinitionSequenceItem as MultiCoilDefinitionSequenceItem

__all__ = ["MultiCoilDefinitionSequenceItem", "MultiCoilElementUsed"]
