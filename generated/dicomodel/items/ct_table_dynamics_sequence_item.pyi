"""Item class CTTableDynamicsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import CTTableDynamicsSequenceItem as CTTableDynamicsSequenceItem

__all__ = ["CTTableDynamicsSequenceItem"]
