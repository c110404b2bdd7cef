"""Enumerated Values and Defined Terms of Reconstruction Algorithm.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ReconstructionAlgorithmTerm as ReconstructionAlgorithmTerm
from dicomodel.enums import (
    ReconstructionAlgorithmTermPETReconstruction as ReconstructionAlgorithmTermPETReconstruction,
)

__all__ = ["ReconstructionAlgorithmTerm", "ReconstructionAlgorithmTermPETReconstruction"]
