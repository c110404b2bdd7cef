"""Enumerated Values and Defined Terms of Completion Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class CompletionFlag(StrEnum):
    """Enumerated Values of Completion Flag (0040,A491) in SR Document General Module Attributes (C.17-2)."""

    PARTIAL = "PARTIAL"
    """Partial content."""
    COMPLETE = "COMPLETE"
    """Complete content."""
