"""Enumerated Values and Defined Terms of Longitudinal Temporal Information Modified.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class LongitudinalTemporalInformationModified(StrEnum):
    """Enumerated Values of Longitudinal Temporal Information Modified (0028,0303) in SOP Common Module Attributes (C.12-1)."""

    UNMODIFIED = "UNMODIFIED"
    MODIFIED = "MODIFIED"
    REMOVED = "REMOVED"
