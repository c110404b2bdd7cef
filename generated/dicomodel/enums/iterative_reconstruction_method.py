"""Enumerated Values and Defined Terms of Iterative Reconstruction Method.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class IterativeReconstructionMethod(StrEnum):
    """Enumerated Values of Iterative Reconstruction Method (0018,9769) in PET Reconstruction Macro Attributes (C.8.22-17)."""

    YES = "YES"
    NO = "NO"
