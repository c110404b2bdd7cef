"""Enumerated Values and Defined Terms of Bulk Motion Compensation Technique.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "BulkMotionCompensationTechniqueTerm",
]


class BulkMotionCompensationTechniqueTerm(StrEnum):
    """Defined Terms of Bulk Motion Compensation Technique (0018,9172) in Bulk Motion Synchronization Module Attributes (C.7.6.18-3)."""

    NONE = "NONE"
    REALTIME = "REALTIME"
    """image acquisition shorter than motion cycle"""
    GATING = "GATING"
    """prospective gating"""
    TRACKING = "TRACKING"
    """prospective through and/or in-plane motion tracking"""
    RETROSPECTIVE = "RETROSPECTIVE"
    """retrospective gating"""
    CORRECTION = "CORRECTION"
    """retrospective image correction"""
