"""Enumerated Values and Defined Terms of ConfocalMode.

Generated from DICOM 2099a; do not edit.
"""

from enum import StrEnum


class ConfocalMode(StrEnum):
    """Enumerated Values of ConfocalMode (0048,0114) in Tiny Image Module Attributes (T-1)."""

    REFLECTANCE = "REFLECTANCE"
    FLUORESCENCE = "FLUORESCENCE"
