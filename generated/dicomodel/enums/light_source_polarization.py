"""Enumerated Values and Defined Terms of Light Source Polarization.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class LightSourcePolarization(StrEnum):
    """Enumerated Values of Light Source Polarization (0016,1001) in Dermoscopic Image Module Attributes (C.8.12.13-1)."""

    POLARIZED = "POLARIZED"
    NON_POLARIZED = "NON_POLARIZED"
