"""Enumerated Values and Defined Terms of Decomposition Method.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DecompositionMethodTerm as DecompositionMethodTerm

__all__ = ["DecompositionMethodTerm"]
