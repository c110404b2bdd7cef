"""Enumerated Values and Defined Terms of Dimension Organization Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "DimensionOrganizationType",
    "DimensionOrganizationTypeTerm",
    "DimensionOrganizationTypeTermPhotoacousticImage",
    "DimensionOrganizationTypeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import DimensionOrganizationType as DimensionOrganizationType
    from dicomodel.enums import DimensionOrganizationTypeTerm as DimensionOrganizationTypeTerm
    from dicomodel.enums import (
        DimensionOrganizationTypeTermPhotoacousticImage as DimensionOrganizationTypeTermPhotoacousticImage,
    )
    from dicomodel.enums import DimensionOrganizationTypeValue as DimensionOrganizationTypeValue


@cache
def _DimensionOrganizationTypeTerm() -> type[StrEnum]:
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

    DimensionOrganizationTypeTerm.__qualname__ = "DimensionOrganizationTypeTerm"
    return DimensionOrganizationTypeTerm


@cache
def _DimensionOrganizationType() -> type[StrEnum]:
    class DimensionOrganizationType(StrEnum):
        """Enumerated Values of Dimension Organization Type (0020,9311) in Enhanced US Image Module Attributes (C.8.24.3-1)."""

        V3D = "3D"
        V3D_TEMPORAL = "3D_TEMPORAL"

    DimensionOrganizationType.__qualname__ = "DimensionOrganizationType"
    return DimensionOrganizationType


@cache
def _DimensionOrganizationTypeTermPhotoacousticImage() -> type[StrEnum]:
    class DimensionOrganizationTypeTermPhotoacousticImage(StrEnum):
        """Defined Terms of Dimension Organization Type (0020,9311) in Photoacoustic Image Module Attributes (C.8.34.1-1)."""

        V3D = "3D"
        """Spatial Multi-frame image of equally spaced parallel planes (3D volume set)."""
        V3D_TEMPORAL = "3D_TEMPORAL"
        """Temporal loop of equally spaced parallel-plane 3D volume sets."""

    DimensionOrganizationTypeTermPhotoacousticImage.__qualname__ = (
        "DimensionOrganizationTypeTermPhotoacousticImage"
    )
    return DimensionOrganizationTypeTermPhotoacousticImage


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "DimensionOrganizationTypeTerm": _DimensionOrganizationTypeTerm,
    "DimensionOrganizationType": _DimensionOrganizationType,
    "DimensionOrganizationTypeValue": _DimensionOrganizationType,
    "DimensionOrganizationTypeTermPhotoacousticImage": _DimensionOrganizationTypeTermPhotoacousticImage,
}


def __getattr__(name: str) -> Any:
    """An enum of this file, made on first use (issue 16)."""
    make = _MAKERS.get(name)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = make()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
