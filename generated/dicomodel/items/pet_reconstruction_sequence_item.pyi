"""Item class PETReconstructionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import IterativeReconstructionMethod as IterativeReconstructionMethod
from dicomodel.enums import (
    IterativeReconstructionMethodValue as _IterativeReconstructionMethodValue,
)
from dicomodel.enums import (
    ReconstructionAlgorithmTermPETReconstruction as ReconstructionAlgorithmTerm,
)
from dicomodel.enums import (
    ReconstructionAlgorithmTermPETReconstruction as _ReconstructionAlgorithmTermPETReconstruction,
)
from dicomodel.enums import ReconstructionTypeTerm as ReconstructionTypeTerm
from dicomodel.enums import ReconstructionTypeTerm as _ReconstructionTypeTerm
from dicomodel.items import PETReconstructionSequenceItem as PETReconstructionSequenceItem

__all__ = [
    "IterativeReconstructionMethod",
    "PETReconstructionSequenceItem",
    "ReconstructionAlgorithmTerm",
    "ReconstructionTypeTerm",
]
