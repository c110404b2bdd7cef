"""Enumerated Values and Defined Terms of Show Graphic Annotation Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ShowGraphicAnnotationFlag(StrEnum):
    """Enumerated Values of Show Graphic Annotation Flag (0072,0712) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    YES = "YES"
    NO = "NO"
