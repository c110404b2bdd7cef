"""Enumerated Values and Defined Terms of Beam Stopper Position.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BeamStopperPosition(StrEnum):
    """Enumerated Values of Beam Stopper Position (3008,0230) in RT Beams Session Record Module Attributes (C.8-57)."""

    EXTENDED = "EXTENDED"
    """Beam Stopper extended"""
    RETRACTED = "RETRACTED"
    """Beam Stopper retracted"""
    UNKNOWN = "UNKNOWN"
    """Position unknown"""
