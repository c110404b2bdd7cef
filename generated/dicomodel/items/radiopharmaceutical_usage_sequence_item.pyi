"""Item class RadiopharmaceuticalUsageSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    RadiopharmaceuticalUsageSequenceItem as RadiopharmaceuticalUsageSequenceItem,
)

__all__ = ["RadiopharmaceuticalUsageSequenceItem"]
