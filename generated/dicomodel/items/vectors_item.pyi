"""Item class VectorsItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import VectorsItem as VectorsItem

__all__ = ["VectorsItem"]
