"""Enumerated Values and Defined Terms of Iterative Reconstruction Method.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import IterativeReconstructionMethod as IterativeReconstructionMethod
from dicomodel.enums import IterativeReconstructionMethodValue as IterativeReconstructionMethodValue

__all__ = ["IterativeReconstructionMethod", "IterativeReconstructionMethodValue"]
