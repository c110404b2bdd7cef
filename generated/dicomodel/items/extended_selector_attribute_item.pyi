"""Item class ExtendedSelectorAttributeItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ExtendedSelectorAttributeItem as ExtendedSelectorAttributeItem

__all__ = ["ExtendedSelectorAttributeItem"]
