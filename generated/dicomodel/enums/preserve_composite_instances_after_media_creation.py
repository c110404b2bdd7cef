"""Enumerated Values and Defined Terms of Preserve Composite Instances After Media Creation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PreserveCompositeInstancesAfterMediaCreation(StrEnum):
    """Enumerated Values of Preserve Composite Instances After Media Creation (2200,000A) in Media Creation Management Module Attributes (C.22.1-1)."""

    YES = "YES"
    NO = "NO"
