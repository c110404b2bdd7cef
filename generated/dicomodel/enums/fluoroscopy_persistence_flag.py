"""Enumerated Values and Defined Terms of Fluoroscopy Persistence Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FluoroscopyPersistenceFlag(StrEnum):
    """Enumerated Values of Fluoroscopy Persistence Flag (0018,11B3) in Performed XA Acquisition Module Attributes (C.34.17-1)."""

    YES = "YES"
    NO = "NO"
