"""Enumerated Values and Defined Terms of Diffusion Anisotropy Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DiffusionAnisotropyTypeTerm",
]


class DiffusionAnisotropyTypeTerm(StrEnum):
    """Defined Terms of Diffusion Anisotropy Type (0018,9147) in MR Diffusion Macro Attributes (C.8-96)."""

    FRACTIONAL = "FRACTIONAL"
    RELATIVE = "RELATIVE"
    VOLUME_RATIO = "VOLUME_RATIO"
