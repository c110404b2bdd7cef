"""Enumerated Values and Defined Terms of Modality.

Generated from DICOM 2099a; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ModalityTerm",
]


class ModalityTerm(StrEnum):
    """Defined Terms of Modality (0008,0060) in Tiny Image Module Attributes (T-1)."""

    CT = "CT"
    V1_5T = "1.5T"
