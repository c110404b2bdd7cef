"""Item class BlockSlabSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.items import BlockSlabSequenceItem as BlockSlabSequenceItem

__all__ = ["BlockSlabSequenceItem", "DeviceAlternateIdentifierTypeTerm"]
