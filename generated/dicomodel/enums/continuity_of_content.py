"""Enumerated Values and Defined Terms of Continuity of Content.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ContinuityOfContent(StrEnum):
    """Enumerated Values of Continuity of Content (0040,A050) in Document Content Macro Attributes (C.17-5)."""

    SEPARATE = "SEPARATE"
    CONTINUOUS = "CONTINUOUS"
