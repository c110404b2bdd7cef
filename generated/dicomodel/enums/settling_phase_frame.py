"""Enumerated Values and Defined Terms of Settling Phase Frame.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SettlingPhaseFrame(StrEnum):
    """Enumerated Values of Settling Phase Frame (0018,9624) in Functional MR Macro Attributes (C.8-100c)."""

    YES = "YES"
    NO = "NO"
