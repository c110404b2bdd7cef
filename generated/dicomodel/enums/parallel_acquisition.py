"""Enumerated Values and Defined Terms of Parallel Acquisition.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ParallelAcquisition(StrEnum):
    """Enumerated Values of Parallel Acquisition (0018,9077) in MR Modifier Macro Attributes (C.8-92)."""

    YES = "YES"
    NO = "NO"
