"""Item class WeightingTransferFunctionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    WeightingTransferFunctionSequenceItem as WeightingTransferFunctionSequenceItem,
)

__all__ = ["WeightingTransferFunctionSequenceItem"]
