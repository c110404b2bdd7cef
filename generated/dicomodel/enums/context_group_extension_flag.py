"""Enumerated Values and Defined Terms of Context Group Extension Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ContextGroupExtensionFlag(StrEnum):
    """Enumerated Values of Context Group Extension Flag (0008,010B) in Enhanced Code Sequence Macro Attributes (8.8-1b)."""

    Y = "Y"
    N = "N"
