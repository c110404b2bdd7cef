"""Enumerated Values and Defined Terms of Image Set Selector Category.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ImageSetSelectorCategory(StrEnum):
    """Enumerated Values of Image Set Selector Category (0072,0034) in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    RELATIVE_TIME = "RELATIVE_TIME"
    ABSTRACT_PRIOR = "ABSTRACT_PRIOR"
