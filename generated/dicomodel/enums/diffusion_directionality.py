"""Enumerated Values and Defined Terms of Diffusion Directionality.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DiffusionDirectionalityTerm",
]


class DiffusionDirectionalityTerm(StrEnum):
    """Defined Terms of Diffusion Directionality (0018,9075) in MR Diffusion Macro Attributes (C.8-96)."""

    DIRECTIONAL = "DIRECTIONAL"
    BMATRIX = "BMATRIX"
    ISOTROPIC = "ISOTROPIC"
    NONE = "NONE"
    """To be used when Frame Type (0008,9007) value 4 equals DIFFUSION_ANISO or Diffusion b-value (0018,9087) is 0 (zero)."""
