"""Enumerated Values and Defined Terms of Overlay Subtype.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "OverlaySubtypeTerm",
    "OverlaySubtypeTermOverlayPlane",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import OverlaySubtypeTerm as OverlaySubtypeTerm
    from dicomodel.enums import OverlaySubtypeTermOverlayPlane as OverlaySubtypeTermOverlayPlane


@cache
def _OverlaySubtypeTerm() -> type[StrEnum]:
    class OverlaySubtypeTerm(StrEnum):
        """Defined Terms of Overlay Subtype (60xx,0045) in US Image Module Attributes (C.8-18)."""

        ACTIVE_2D_BMODE_IMAGE_AREA = "ACTIVE 2D/BMODE IMAGE AREA"
        """identification of the active area of a 2D/B-mode image"""
        ACTIVE_VOLUME_FLOW_IMAGE_AREA = "ACTIVE VOLUME FLOW IMAGE AREA"
        """identification of the active area of volume flow in an image"""

    OverlaySubtypeTerm.__qualname__ = "OverlaySubtypeTerm"
    return OverlaySubtypeTerm


@cache
def _OverlaySubtypeTermOverlayPlane() -> type[StrEnum]:
    class OverlaySubtypeTermOverlayPlane(StrEnum):
        """Defined Terms of Overlay Subtype (60xx,0045) in Overlay Plane Module Attributes (C.9-2)."""

        USER = "USER"
        """User created graphic annotation (e.g., operator)"""
        AUTOMATED = "AUTOMATED"
        """Machine or algorithm generated graphic annotation, such as output of a Computer Assisted Diagnosis algorithm"""
        ACTIVE_IMAGE_AREA = "ACTIVE IMAGE AREA"
        """Identification of the active area of an image"""

    OverlaySubtypeTermOverlayPlane.__qualname__ = "OverlaySubtypeTermOverlayPlane"
    return OverlaySubtypeTermOverlayPlane


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "OverlaySubtypeTerm": _OverlaySubtypeTerm,
    "OverlaySubtypeTermOverlayPlane": _OverlaySubtypeTermOverlayPlane,
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
