"""Enumerated Values and Defined Terms of Multiple Spin Echo.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class MultipleSpinEcho(StrEnum):
    """Enumerated Values of Multiple Spin Echo (0018,9011) in MR Pulse Sequence Module Attributes (C.8-87)."""

    YES = "YES"
    NO = "NO"
