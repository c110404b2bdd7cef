"""Enumerated Values and Defined Terms of Signal Domain Rows.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SignalDomainRows(StrEnum):
    """Enumerated Values of Signal Domain Rows (0028,9235) in MR Spectroscopy Data Module Attributes (C.8-106)."""

    FREQUENCY = "FREQUENCY"
    TIME = "TIME"
