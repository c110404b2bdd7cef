"""Enumerated Values and Defined Terms of Show Acquisition Techniques Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ShowAcquisitionTechniquesFlag(StrEnum):
    """Enumerated Values of Show Acquisition Techniques Flag (0072,0716) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    YES = "YES"
    NO = "NO"
