"""Enumerated Values and Defined Terms of Instruction Performed Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class InstructionPerformedFlag(StrEnum):
    """Enumerated Values of Instruction Performed Flag (0018,9918) in Instructions Module Attributes (C.34.7-1)."""

    YES = "YES"
    NO = "NO"
