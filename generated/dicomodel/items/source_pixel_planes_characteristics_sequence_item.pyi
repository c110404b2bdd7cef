"""Item class SourcePixelPlanesCharacteristicsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    SourcePixelPlanesCharacteristicsSequenceItem as SourcePixelPlanesCharacteristicsSequenceItem,
)

__all__ = ["SourcePixelPlanesCharacteristicsSequenceItem"]
