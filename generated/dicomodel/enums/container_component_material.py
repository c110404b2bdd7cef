"""Enumerated Values and Defined Terms of Container Component Material.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ContainerComponentMaterialTerm(StrEnum):
    """Defined Terms of Container Component Material (0050,001A) in Specimen Macro Attributes (C.7.6.22-2)."""

    GLASS = "GLASS"
    PLASTIC = "PLASTIC"
    METAL = "METAL"
