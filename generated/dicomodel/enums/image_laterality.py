"""Enumerated Values and Defined Terms of Image Laterality.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ImageLaterality(StrEnum):
    """Enumerated Values of Image Laterality (0020,0062) in General Image Module Attributes (C.7-9)."""

    R = "R"
    """right"""
    L = "L"
    """left"""
    U = "U"
    """unpaired"""
    B = "B"
    """both left and right"""


class ImageLateralityMammographyImage(StrEnum):
    """Enumerated Values of Image Laterality (0020,0062) in Mammography Image Module Attributes (C.8-74)."""

    R = "R"
    """right"""
    L = "L"
    """left"""
    B = "B"
    """both (e.g., cleavage)"""


class ImageLateralityOphthalmicThicknessMap(StrEnum):
    """Enumerated Values of Image Laterality (0020,0062) in Ophthalmic Thickness Map Module Attributes (C.8.28.2-1)."""

    R = "R"
    """right eye"""
    L = "L"
    """left eye"""
