"""Enumerated Values and Defined Terms of Pupil Dilated.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PupilDilated(StrEnum):
    """Enumerated Values of Pupil Dilated (0022,000D) in Ophthalmic Acquisition Parameters Macro Attributes (C.8.17.8-2)."""

    YES = "YES"
    NO = "NO"
