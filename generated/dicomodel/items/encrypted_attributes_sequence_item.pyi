"""Item class EncryptedAttributesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import EncryptedAttributesSequenceItem as EncryptedAttributesSequenceItem

__all__ = ["EncryptedAttributesSequenceItem"]
