"""Item class UsedFiducialsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import UsedFiducialsSequenceItem as UsedFiducialsSequenceItem

__all__ = ["UsedFiducialsSequenceItem"]
