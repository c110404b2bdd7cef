"""Item class PETReconstructionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import IterativeReconstructionMethod as IterativeReconstructionMethod
from dicomodel.enums import (
    ReconstructionAlgorithmTermPETReconstruction as ReconstructionAlgorithmTerm,
)
from dicomodel.enums import ReconstructionTypeTerm as ReconstructionTypeTerm
from dicomodel.items import PETReconstructionSequenceItem as PETReconstructionSequenceItem

__all__ = [
    "IterativeReconstructionMethod",
    "PETReconstructionSequenceItem",
    "ReconstructionAlgorithmTerm",
    "ReconstructionTypeTerm",
]
