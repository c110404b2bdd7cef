"""Enumerated Values and Defined Terms of Reconstruction Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ReconstructionTypeTerm as ReconstructionTypeTerm

__all__ = ["ReconstructionTypeTerm"]
