"""Enumerated Values and Defined Terms of Acquisition Motion.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "AcquisitionMotionTerm",
]


class AcquisitionMotionTerm(StrEnum):
    """Defined Terms of Acquisition Motion (0018,9930) in Performed CT Acquisition Module Attributes (C.34.10-1)."""

    SINGLE = "SINGLE"
    """Scan progresses in a single pass from Acquisition Start Location to Acquisition End Location."""
    SHUTTLE = "SHUTTLE"
    """Scan progresses from Acquisition Start Location to Acquisition End Location, then reverses direction and scans back to Acquisition Start Location."""
    NO_MOTION = "NO_MOTION"
    """All slices are acquired simultaneously."""
    NOT_IMPORTANT = "NOT_IMPORTANT"
    """Scan either direction is acceptable."""
