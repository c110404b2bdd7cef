"""Enumerated Values and Defined Terms of Multi-energy Detector Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "MultienergyDetectorTypeTerm",
]


class MultienergyDetectorTypeTerm(StrEnum):
    """Defined Terms of Multi-energy Detector Type (0018,9372) in Multi-energy CT X-Ray Detector Macro Attributes (C.8.2.2-3)."""

    INTEGRATING = "INTEGRATING"
    """physical detector integrates the full X-Ray spectrum."""
    MULTILAYER = "MULTILAYER"
    """physical detector layers absorb different parts of the X-Ray spectrum"""
    PHOTON_COUNTING = "PHOTON_COUNTING"
    """physical detector counts photons with energy discrimination capability"""
