"""Enumerated Values and Defined Terms of Rectilinear Phase Encode Reordering.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "RectilinearPhaseEncodeReorderingTerm",
]


class RectilinearPhaseEncodeReorderingTerm(StrEnum):
    """Defined Terms of Rectilinear Phase Encode Reordering (0018,9034) in MR Pulse Sequence Module Attributes (C.8-87)."""

    LINEAR = "LINEAR"
    CENTRIC = "CENTRIC"
    SEGMENTED = "SEGMENTED"
    REVERSE_LINEAR = "REVERSE_LINEAR"
    REVERSE_CENTRIC = "REVERSE_CENTRIC"
