"""Enumerated Values and Defined Terms of Consent for Distribution Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ConsentForDistributionFlag(StrEnum):
    """Enumerated Values of Consent for Distribution Flag (0012,0085) in Clinical Trial Study Module Attributes (C.7-4b)."""

    NO = "NO"
    YES = "YES"
    WITHDRAWN = "WITHDRAWN"
