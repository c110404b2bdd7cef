"""Enumerated Values and Defined Terms of De-coupling.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class Decoupling(StrEnum):
    """Enumerated Values of De-coupling (0018,9059) in MR Spectroscopy Module Attributes (C.8-102)."""

    YES = "YES"
    NO = "NO"
