"""Enumerated Values and Defined Terms of Functional Settling Phase Frames Present.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FunctionalSettlingPhaseFramesPresent(StrEnum):
    """Enumerated Values of Functional Settling Phase Frames Present (0018,9622) in MR Image Description Macro Attributes (C.8-84)."""

    YES = "YES"
    NO = "NO"
