"""Enumerated Values and Defined Terms of Diffusion Anisotropy Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DiffusionAnisotropyTypeTerm as DiffusionAnisotropyTypeTerm

__all__ = ["DiffusionAnisotropyTypeTerm"]
