"""Item class MRDiffusionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DiffusionAnisotropyTypeTerm as DiffusionAnisotropyTypeTerm
from dicomodel.enums import DiffusionDirectionalityTerm as DiffusionDirectionalityTerm
from dicomodel.items import DiffusionBMatrixSequenceItem as DiffusionBMatrixSequenceItem
from dicomodel.items import (
    DiffusionGradientDirectionSequenceItem as DiffusionGradientDirectionSequenceItem,
)
from dicomodel.items import MRDiffusionSequenceItem as MRDiffusionSequenceItem

__all__ = [
    "DiffusionAnisotropyTypeTerm",
    "DiffusionBMatrixSequenceItem",
    "DiffusionDirectionalityTerm",
    "DiffusionGradientDirectionSequenceItem",
    "MRDiffusionSequenceItem",
]
