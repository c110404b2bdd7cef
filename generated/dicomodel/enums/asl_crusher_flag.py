"""Enumerated Values and Defined Terms of ASL Crusher Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ASLCrusherFlag(StrEnum):
    """Enumerated Values of ASL Crusher Flag (0018,9259) in MR Arterial Spin Labeling Macro Attributes (C.8-100b)."""

    YES = "YES"
    NO = "NO"
