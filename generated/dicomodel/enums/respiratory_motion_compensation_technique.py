"""Enumerated Values and Defined Terms of Respiratory Motion Compensation Technique.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "RespiratoryMotionCompensationTechniqueTerm",
    "RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition",
    "RespiratoryMotionCompensationTechniqueTermRTPatientSetup",
]


class RespiratoryMotionCompensationTechniqueTerm(StrEnum):
    """Defined Terms of Respiratory Motion Compensation Technique (0018,9170) in Respiratory Synchronization Module Attributes (C.7.6.18-2)."""

    NONE = "NONE"
    BREATH_HOLD = "BREATH_HOLD"
    REALTIME = "REALTIME"
    """Image acquisition shorter than respiratory cycle"""
    GATING = "GATING"
    """Prospective gating"""
    TRACKING = "TRACKING"
    """Prospective through-plane or in-plane motion tracking"""
    PHASE_ORDERING = "PHASE_ORDERING"
    """Prospective phase ordering"""
    PHASE_RESCANNING = "PHASE_RESCANNING"
    """Prospective techniques, such as real-time averaging, diminishing variance and motion adaptive gating"""
    RETROSPECTIVE = "RETROSPECTIVE"
    """Retrospective gating"""
    CORRECTION = "CORRECTION"
    """Retrospective image correction"""


class RespiratoryMotionCompensationTechniqueTermRTPatientSetup(StrEnum):
    """Defined Terms of Respiratory Motion Compensation Technique (0018,9170) in RT Patient Setup Module Attributes (C.8-48)."""

    NONE = "NONE"
    BREATH_HOLD = "BREATH_HOLD"
    REALTIME = "REALTIME"
    """image acquisition shorter than respiratory cycle"""
    GATING = "GATING"
    """Prospective gating"""
    TRACKING = "TRACKING"
    """prospective through-plane or in-plane motion tracking"""
    PHASE_ORDERING = "PHASE_ORDERING"
    """prospective phase ordering"""
    PHASE_RESCANNING = "PHASE_RESCANNING"
    """prospective techniques, such as real-time averaging, diminishing variance and motion adaptive gating"""
    RETROSPECTIVE = "RETROSPECTIVE"
    """retrospective gating"""
    CORRECTION = "CORRECTION"
    """retrospective image correction"""
    UNKNOWN = "UNKNOWN"
    """technique not known"""


class RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition(StrEnum):
    """Defined Terms of Respiratory Motion Compensation Technique (0018,9170) in Performed CT Acquisition Module Attributes (C.34.10-1)."""

    NONE = "NONE"
    BREATH_HOLD = "BREATH_HOLD"
    REALTIME = "REALTIME"
    GATING = "GATING"
    TRACKING = "TRACKING"
    RETROSPECTIVE = "RETROSPECTIVE"
    CORRECTION = "CORRECTION"
