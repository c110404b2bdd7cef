"""Enumerated Values and Defined Terms of Parallel Acquisition Technique.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ParallelAcquisitionTechniqueTerm",
]


class ParallelAcquisitionTechniqueTerm(StrEnum):
    """Defined Terms of Parallel Acquisition Technique (0018,9078) in MR Modifier Macro Attributes (C.8-92)."""

    PILS = "PILS"
    SENSE = "SENSE"
    SMASH = "SMASH"
    OTHER = "OTHER"
