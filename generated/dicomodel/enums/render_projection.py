"""Enumerated Values and Defined Terms of Render Projection.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RenderProjection",
    "RenderProjectionValue",
    "RenderProjectionVolumeRenderGeometry",
    "RenderProjectionVolumeRenderGeometryValue",
]


class RenderProjection(StrEnum):
    """Enumerated Values of Render Projection (0070,1602) in Camera Position Functional Group Macro Attributes (C.7.6.16.2.28-1)."""

    PERSPECTIVE = "PERSPECTIVE"


if TYPE_CHECKING:
    RenderProjectionValue: TypeAlias = RenderProjection | Literal["PERSPECTIVE"]
else:
    RenderProjectionValue = RenderProjection
"""A value of RenderProjection: the enum or the string of one of its members."""


class RenderProjectionVolumeRenderGeometry(StrEnum):
    """Enumerated Values of Render Projection (0070,1602) in Volume Render Geometry Module Attributes (C.11.30-1)."""

    ORTHOGRAPHIC = "ORTHOGRAPHIC"
    PERSPECTIVE = "PERSPECTIVE"


if TYPE_CHECKING:
    RenderProjectionVolumeRenderGeometryValue: TypeAlias = (
        RenderProjectionVolumeRenderGeometry | Literal["ORTHOGRAPHIC", "PERSPECTIVE"]
    )
else:
    RenderProjectionVolumeRenderGeometryValue = RenderProjectionVolumeRenderGeometry
"""A value of RenderProjectionVolumeRenderGeometry: the enum or the string of one of its members."""
