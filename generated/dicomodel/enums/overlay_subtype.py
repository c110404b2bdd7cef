"""Enumerated Values and Defined Terms of Overlay Subtype.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "OverlaySubtypeTerm",
    "OverlaySubtypeTermOverlayPlane",
]


class OverlaySubtypeTerm(StrEnum):
    """Defined Terms of Overlay Subtype (60xx,0045) in US Image Module Attributes (C.8-18)."""

    ACTIVE_2D_BMODE_IMAGE_AREA = "ACTIVE 2D/BMODE IMAGE AREA"
    """identification of the active area of a 2D/B-mode image"""
    ACTIVE_VOLUME_FLOW_IMAGE_AREA = "ACTIVE VOLUME FLOW IMAGE AREA"
    """identification of the active area of volume flow in an image"""


class OverlaySubtypeTermOverlayPlane(StrEnum):
    """Defined Terms of Overlay Subtype (60xx,0045) in Overlay Plane Module Attributes (C.9-2)."""

    USER = "USER"
    """User created graphic annotation (e.g., operator)"""
    AUTOMATED = "AUTOMATED"
    """Machine or algorithm generated graphic annotation, such as output of a Computer Assisted Diagnosis algorithm"""
    ACTIVE_IMAGE_AREA = "ACTIVE IMAGE AREA"
    """Identification of the active area of an image"""
