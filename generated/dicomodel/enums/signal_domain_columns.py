"""Enumerated Values and Defined Terms of Signal Domain Columns.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SignalDomainColumns(StrEnum):
    """Enumerated Values of Signal Domain Columns (0028,9003) in MR Spectroscopy Data Module Attributes (C.8-106)."""

    FREQUENCY = "FREQUENCY"
    TIME = "TIME"
