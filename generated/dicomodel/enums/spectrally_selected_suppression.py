"""Enumerated Values and Defined Terms of Spectrally Selected Suppression.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "SpectrallySelectedSuppressionTerm",
    "SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import (
        SpectrallySelectedSuppressionTerm as SpectrallySelectedSuppressionTerm,
    )
    from dicomodel.enums import (
        SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence as SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence,
    )


@cache
def _SpectrallySelectedSuppressionTerm() -> type[StrEnum]:
    class SpectrallySelectedSuppressionTerm(StrEnum):
        """Defined Terms of Spectrally Selected Suppression (0018,9025) in MR Pulse Sequence Module Attributes (C.8-87)."""

        FAT = "FAT"
        WATER = "WATER"
        FAT_AND_WATER = "FAT_AND_WATER"
        SILICON_GEL = "SILICON_GEL"
        NONE = "NONE"

    SpectrallySelectedSuppressionTerm.__qualname__ = "SpectrallySelectedSuppressionTerm"
    return SpectrallySelectedSuppressionTerm


@cache
def _SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence() -> type[StrEnum]:
    class SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence(StrEnum):
        """Defined Terms of Spectrally Selected Suppression (0018,9025) in MR Spectroscopy Pulse Sequence Module Attributes (C.8-103)."""

        WATER = "WATER"
        FAT = "FAT"
        FAT_AND_WATER = "FAT_AND_WATER"
        SILICON_GEL = "SILICON_GEL"
        NONE = "NONE"

    SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence.__qualname__ = (
        "SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence"
    )
    return SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "SpectrallySelectedSuppressionTerm": _SpectrallySelectedSuppressionTerm,
    "SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence": _SpectrallySelectedSuppressionTermMRSpectroscopyPulseSequence,
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
