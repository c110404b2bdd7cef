"""Enumerated Values and Defined Terms of Radiation Mode.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RadiationMode(StrEnum):
    """Enumerated Values of Radiation Mode (0018,115A) in KV Radiation Image Acquisition Parameters Macro Attributes (C.36.2.4.6-1)."""

    CONTINUOUS = "CONTINUOUS"
    PULSED = "PULSED"


class RadiationModeTerm(StrEnum):
    """Defined Terms of Radiation Mode (0018,115A) in X-Ray Acquisition Module Attributes (C.8-27)."""

    CONTINUOUS = "CONTINUOUS"
    PULSED = "PULSED"
