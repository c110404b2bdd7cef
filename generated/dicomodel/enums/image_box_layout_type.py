"""Enumerated Values and Defined Terms of Image Box Layout Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "ImageBoxLayoutTypeTerm",
    "ImageBoxLayoutTypeTermHangingProtocolDisplay",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import ImageBoxLayoutTypeTerm as ImageBoxLayoutTypeTerm
    from dicomodel.enums import (
        ImageBoxLayoutTypeTermHangingProtocolDisplay as ImageBoxLayoutTypeTermHangingProtocolDisplay,
    )


@cache
def _ImageBoxLayoutTypeTerm() -> type[StrEnum]:
    class ImageBoxLayoutTypeTerm(StrEnum):
        """Defined Terms of Image Box Layout Type (0072,0304) in Structured Display Image Box Module Attributes (C.11.17-1)."""

        TILED = "TILED"
        """A scrollable array of rectangles, each containing a single frame of image pixel data."""
        STACK = "STACK"
        """A single rectangle containing a steppable single frame, intended for user-controlled stepping through the image set, usually via continuous device interaction (e.g., mouse scrolling) or by single stepping (mouse or button click)."""
        CINE = "CINE"
        """A single rectangle, intended for animation where the user controls are play sequence, rate of play, and direction."""
        VOLUME_VIEW = "VOLUME_VIEW"
        """A single rectangle, intended for volumetric display."""
        VOLUME_CINE = "VOLUME_CINE"
        """A single rectangle, intended for animation of a volumetric view."""
        SINGLE = "SINGLE"
        """A single rectangle, intended for images and objects with no defined methods of interaction."""

    ImageBoxLayoutTypeTerm.__qualname__ = "ImageBoxLayoutTypeTerm"
    return ImageBoxLayoutTypeTerm


@cache
def _ImageBoxLayoutTypeTermHangingProtocolDisplay() -> type[StrEnum]:
    class ImageBoxLayoutTypeTermHangingProtocolDisplay(StrEnum):
        """Defined Terms of Image Box Layout Type (0072,0304) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

        TILED = "TILED"
        """a scrollable array of rectangles, each containing a single frame of image pixel data."""
        STACK = "STACK"
        """a single rectangle containing a steppable single frame, intended for user-controlled stepping through the image set, usually via continuous device interaction (e.g., mouse scrolling) or by single stepping (mouse or button click)."""
        CINE = "CINE"
        """a single rectangle, intended for video type play back where the user controls are play sequence, rate of play, and direction."""
        PROCESSED = "PROCESSED"
        """intended for interactive 3D visualizations that have custom interfaces."""
        SINGLE = "SINGLE"
        """a single rectangle, intended for images and objects with no defined methods of interaction."""

    ImageBoxLayoutTypeTermHangingProtocolDisplay.__qualname__ = (
        "ImageBoxLayoutTypeTermHangingProtocolDisplay"
    )
    return ImageBoxLayoutTypeTermHangingProtocolDisplay


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "ImageBoxLayoutTypeTerm": _ImageBoxLayoutTypeTerm,
    "ImageBoxLayoutTypeTermHangingProtocolDisplay": _ImageBoxLayoutTypeTermHangingProtocolDisplay,
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
