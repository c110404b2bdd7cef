"""Enumerated Values and Defined Terms of Fluence Data Source.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FluenceDataSource(StrEnum):
    """Enumerated Values of Fluence Data Source (3002,0041) in RT Image Module Attributes (C.8-38)."""

    CALCULATED = "CALCULATED"
    """Calculated by a workstation"""
    MEASURED = "MEASURED"
    """Measured by exposure to a film or detector."""
