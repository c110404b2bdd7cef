"""Item class UnassignedSharedConvertedAttributesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as UnassignedSharedConvertedAttributesSequenceItem,
)

__all__ = ["UnassignedSharedConvertedAttributesSequenceItem"]
