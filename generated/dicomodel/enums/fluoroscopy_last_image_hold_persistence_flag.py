"""Enumerated Values and Defined Terms of Fluoroscopy Last Image Hold Persistence Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FluoroscopyLastImageHoldPersistenceFlag(StrEnum):
    """Enumerated Values of Fluoroscopy Last Image Hold Persistence Flag (0018,11B4) in Performed XA Acquisition Module Attributes (C.34.17-1)."""

    YES = "YES"
    NO = "NO"
