"""Item class UDIItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import UDIItem as UDIItem

__all__ = ["UDIItem"]
