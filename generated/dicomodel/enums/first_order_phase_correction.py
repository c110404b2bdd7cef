"""Enumerated Values and Defined Terms of First Order Phase Correction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FirstOrderPhaseCorrection(StrEnum):
    """Enumerated Values of First Order Phase Correction (0018,9198) in MR Spectroscopy Module Attributes (C.8-102)."""

    YES = "YES"
    NO = "NO"
