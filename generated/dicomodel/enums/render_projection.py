"""Enumerated Values and Defined Terms of Render Projection.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "RenderProjection",
    "RenderProjectionValue",
    "RenderProjectionVolumeRenderGeometry",
    "RenderProjectionVolumeRenderGeometryValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import RenderProjection as RenderProjection
    from dicomodel.enums import RenderProjectionValue as RenderProjectionValue
    from dicomodel.enums import (
        RenderProjectionVolumeRenderGeometry as RenderProjectionVolumeRenderGeometry,
    )
    from dicomodel.enums import (
        RenderProjectionVolumeRenderGeometryValue as RenderProjectionVolumeRenderGeometryValue,
    )


@cache
def _RenderProjection() -> type[StrEnum]:
    class RenderProjection(StrEnum):
        """Enumerated Values of Render Projection (0070,1602) in Camera Position Functional Group Macro Attributes (C.7.6.16.2.28-1)."""

        PERSPECTIVE = "PERSPECTIVE"

    RenderProjection.__qualname__ = "RenderProjection"
    return RenderProjection


@cache
def _RenderProjectionVolumeRenderGeometry() -> type[StrEnum]:
    class RenderProjectionVolumeRenderGeometry(StrEnum):
        """Enumerated Values of Render Projection (0070,1602) in Volume Render Geometry Module Attributes (C.11.30-1)."""

        ORTHOGRAPHIC = "ORTHOGRAPHIC"
        PERSPECTIVE = "PERSPECTIVE"

    RenderProjectionVolumeRenderGeometry.__qualname__ = "RenderProjectionVolumeRenderGeometry"
    return RenderProjectionVolumeRenderGeometry


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "RenderProjection": _RenderProjection,
    "RenderProjectionValue": _RenderProjection,
    "RenderProjectionVolumeRenderGeometry": _RenderProjectionVolumeRenderGeometry,
    "RenderProjectionVolumeRenderGeometryValue": _RenderProjectionVolumeRenderGeometry,
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
