"""Enumerated Values and Defined Terms of Print Priority.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PrintPriority(StrEnum):
    """Enumerated Values of Print Priority (2000,0020) in Basic Film Session Presentation Module Attributes (C.13-1)."""

    HIGH = "HIGH"
    MED = "MED"
    LOW = "LOW"
