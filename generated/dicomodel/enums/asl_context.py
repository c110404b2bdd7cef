"""Enumerated Values and Defined Terms of ASL Context.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ASLContext(StrEnum):
    """Enumerated Values of ASL Context (0018,9257) in MR Arterial Spin Labeling Macro Attributes (C.8-100b)."""

    LABEL = "LABEL"
    CONTROL = "CONTROL"
    M_ZERO_SCAN = "M_ZERO_SCAN"
