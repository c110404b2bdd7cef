"""Enumerated Values and Defined Terms of Index Normals Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class IndexNormalsFlag(StrEnum):
    """Enumerated Values of Index Normals Flag (0024,0338) in Ophthalmic Visual Field Global Index Macro Attributes (C.8.26.3-2)."""

    YES = "YES"
    NO = "NO"
