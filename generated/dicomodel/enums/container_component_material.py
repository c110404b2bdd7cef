"""Enumerated Values and Defined Terms of Container Component Material.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ContainerComponentMaterialTerm",
]


class ContainerComponentMaterialTerm(StrEnum):
    """Defined Terms of Container Component Material (0050,001A) in Specimen Macro Attributes (C.7.6.22-2)."""

    GLASS = "GLASS"
    PLASTIC = "PLASTIC"
    METAL = "METAL"
