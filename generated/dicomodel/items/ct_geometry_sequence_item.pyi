"""Item class CTGeometrySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import CTGeometrySequenceItem as CTGeometrySequenceItem

__all__ = ["CTGeometrySequenceItem"]
