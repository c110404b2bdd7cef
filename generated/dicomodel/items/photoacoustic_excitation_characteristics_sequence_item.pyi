"""Item class PhotoacousticExcitationCharacteristicsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    PhotoacousticExcitationCharacteristicsSequenceItem as PhotoacousticExcitationCharacteristicsSequenceItem,
)

__all__ = ["PhotoacousticExcitationCharacteristicsSequenceItem"]
