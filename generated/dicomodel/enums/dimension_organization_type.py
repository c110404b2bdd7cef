"""Enumerated Values and Defined Terms of Dimension Organization Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "DimensionOrganizationType",
    "DimensionOrganizationTypeTerm",
    "DimensionOrganizationTypeTermPhotoacousticImage",
    "DimensionOrganizationTypeValue",
]


class DimensionOrganizationTypeTerm(StrEnum):
    """Defined Terms of Dimension Organization Type (0020,9311) in Multi-frame Dimension Module Attributes (C.7.6.17-1)."""

    V3D = "3D"
    """Spatial Multi-frame image of equally spaced parallel planes (3D volume set)"""
    V3D_TEMPORAL = "3D_TEMPORAL"
    """Temporal loop of equally spaced parallel-plane 3D volume sets."""
    TILED_FULL = "TILED_FULL"
    """Tiled image in which each frame represents a single tile and the positions of the tiles are implicitly defined as per Section C.7.6.17.3."""
    TILED_SPARSE = "TILED_SPARSE"
    """Tiled image in which each frame represents a single tile and the positions of tiles are explicitly defined by per-frame Functional Group Macro entries."""


class DimensionOrganizationType(StrEnum):
    """Enumerated Values of Dimension Organization Type (0020,9311) in Enhanced US Image Module Attributes (C.8.24.3-1)."""

    V3D = "3D"
    V3D_TEMPORAL = "3D_TEMPORAL"


if TYPE_CHECKING:
    DimensionOrganizationTypeValue: TypeAlias = (
        DimensionOrganizationType | Literal["3D", "3D_TEMPORAL"]
    )
else:
    DimensionOrganizationTypeValue = DimensionOrganizationType
"""A value of DimensionOrganizationType: the enum or the string of one of its members."""


class DimensionOrganizationTypeTermPhotoacousticImage(StrEnum):
    """Defined Terms of Dimension Organization Type (0020,9311) in Photoacoustic Image Module Attributes (C.8.34.1-1)."""

    V3D = "3D"
    """Spatial Multi-frame image of equally spaced parallel planes (3D volume set)."""
    V3D_TEMPORAL = "3D_TEMPORAL"
    """Temporal loop of equally spaced parallel-plane 3D volume sets."""
