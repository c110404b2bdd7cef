"""Item class SelectorAttributeItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import SelectorAttributeItem as SelectorAttributeItem

__all__ = ["SelectorAttributeItem"]
