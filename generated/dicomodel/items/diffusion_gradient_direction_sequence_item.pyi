"""Item class DiffusionGradientDirectionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    DiffusionGradientDirectionSequenceItem as DiffusionGradientDirectionSequenceItem,
)

__all__ = ["DiffusionGradientDirectionSequenceItem"]
