"""Enumerated Values and Defined Terms of Diffusion Directionality.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DiffusionDirectionalityTerm as DiffusionDirectionalityTerm

__all__ = ["DiffusionDirectionalityTerm"]
