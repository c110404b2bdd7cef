"""Enumerated Values and Defined Terms of Requested Resolution ID.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "RequestedResolutionIDTerm",
]


class RequestedResolutionIDTerm(StrEnum):
    """Defined Terms of Requested Resolution ID (2020,0050) in Basic Film Box Presentation Module Attributes (C.13-3)."""

    STANDARD = "STANDARD"
    """Approximately 4k x 5k printable pixels on a 14 x 17 inch film"""
    HIGH = "HIGH"
    """Approximately twice the resolution of STANDARD."""
