"""Enumerated Values and Defined Terms of Wedge Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "WedgeTypeTerm",
    "WedgeTypeTermRTIonBeams",
]


class WedgeTypeTerm(StrEnum):
    """Defined Terms of Wedge Type (300A,00D3) in RT Beams Module Attributes (C.8-50)."""

    STANDARD = "STANDARD"
    """standard (static) wedge"""
    DYNAMIC = "DYNAMIC"
    """moving beam limiting device (collimator) jaw simulating wedge"""
    MOTORIZED = "MOTORIZED"
    """single wedge that can be removed from beam remotely"""


class WedgeTypeTermRTIonBeams(StrEnum):
    """Defined Terms of Wedge Type (300A,00D3) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    STANDARD = "STANDARD"
    """standard (static) wedge"""
    MOTORIZED = "MOTORIZED"
    """single wedge that can be removed from beam remotely."""
    PARTIAL_STANDARD = "PARTIAL_STANDARD"
    """wedge does not extend across the whole field and is operated manually."""
    PARTIAL_MOTORIZ = "PARTIAL_MOTORIZ"
    """wedge does not extend across the whole field and can be removed from beam remotely."""
