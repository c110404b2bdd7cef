"""Enumerated Values and Defined Terms of Request Priority.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RequestPriority(StrEnum):
    """Enumerated Values of Request Priority (2200,0020) in Media Creation Management Module Attributes (C.22.1-1)."""

    HIGH = "HIGH"
    MED = "MED"
    LOW = "LOW"
