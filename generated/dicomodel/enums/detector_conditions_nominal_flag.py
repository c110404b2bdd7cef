"""Enumerated Values and Defined Terms of Detector Conditions Nominal Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DetectorConditionsNominalFlag(StrEnum):
    """Enumerated Values of Detector Conditions Nominal Flag (0018,7000) in Digital X-Ray Detector Macro Attributes (C.8-71b)."""

    YES = "YES"
    NO = "NO"
