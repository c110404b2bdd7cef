"""Enumerated Values and Defined Terms of Font Name Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "FontNameTypeTerm",
]


class FontNameTypeTerm(StrEnum):
    """Defined Terms of Font Name Type (0070,0228) in Text Style Sequence Macro Attributes (C.10-5a)."""

    ISO_32000 = "ISO_32000"
