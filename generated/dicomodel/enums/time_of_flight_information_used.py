"""Enumerated Values and Defined Terms of Time of Flight Information Used.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class TimeOfFlightInformationUsed(StrEnum):
    """Enumerated Values of Time of Flight Information Used (0018,9755) in Enhanced PET Acquisition Module Attributes (C.8.22-2)."""

    TRUE = "TRUE"
    FALSE = "FALSE"
