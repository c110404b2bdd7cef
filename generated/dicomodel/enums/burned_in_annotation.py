"""Enumerated Values and Defined Terms of Burned In Annotation.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "BurnedInAnnotation",
    "BurnedInAnnotationEnhancedMRImage",
    "BurnedInAnnotationEnhancedMRImageValue",
    "BurnedInAnnotationValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import BurnedInAnnotation as BurnedInAnnotation
    from dicomodel.enums import (
        BurnedInAnnotationEnhancedMRImage as BurnedInAnnotationEnhancedMRImage,
    )
    from dicomodel.enums import (
        BurnedInAnnotationEnhancedMRImageValue as BurnedInAnnotationEnhancedMRImageValue,
    )
    from dicomodel.enums import BurnedInAnnotationValue as BurnedInAnnotationValue


@cache
def _BurnedInAnnotation() -> type[StrEnum]:
    class BurnedInAnnotation(StrEnum):
        """Enumerated Values of Burned In Annotation (0028,0301) in General Image Module Attributes (C.7-9)."""

        YES = "YES"
        NO = "NO"

    BurnedInAnnotation.__qualname__ = "BurnedInAnnotation"
    return BurnedInAnnotation


@cache
def _BurnedInAnnotationEnhancedMRImage() -> type[StrEnum]:
    class BurnedInAnnotationEnhancedMRImage(StrEnum):
        """Enumerated Values of Burned In Annotation (0028,0301) in Enhanced MR Image Module Attributes (C.8-79)."""

        NO = "NO"

    BurnedInAnnotationEnhancedMRImage.__qualname__ = "BurnedInAnnotationEnhancedMRImage"
    return BurnedInAnnotationEnhancedMRImage


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "BurnedInAnnotation": _BurnedInAnnotation,
    "BurnedInAnnotationValue": _BurnedInAnnotation,
    "BurnedInAnnotationEnhancedMRImage": _BurnedInAnnotationEnhancedMRImage,
    "BurnedInAnnotationEnhancedMRImageValue": _BurnedInAnnotationEnhancedMRImage,
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
