"""Enumerated Values and Defined Terms of Anode Target Material.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "AnodeTargetMaterialTerm",
]


class AnodeTargetMaterialTerm(StrEnum):
    """Defined Terms of Anode Target Material (0018,1191) in X-Ray Acquisition Dose Module Attributes (C.8-33)."""

    TUNGSTEN = "TUNGSTEN"
    MOLYBDENUM = "MOLYBDENUM"
    RHODIUM = "RHODIUM"
