"""Enumerated Values and Defined Terms of Reconstruction Algorithm.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "ReconstructionAlgorithmTerm",
    "ReconstructionAlgorithmTermPETReconstruction",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import ReconstructionAlgorithmTerm as ReconstructionAlgorithmTerm
    from dicomodel.enums import (
        ReconstructionAlgorithmTermPETReconstruction as ReconstructionAlgorithmTermPETReconstruction,
    )


@cache
def _ReconstructionAlgorithmTerm() -> type[StrEnum]:
    class ReconstructionAlgorithmTerm(StrEnum):
        """Defined Terms of Reconstruction Algorithm (0018,9315) in CT Reconstruction Macro Attributes (C.8-123)."""

        FILTER_BACK_PROJ = "FILTER_BACK_PROJ"
        ITERATIVE = "ITERATIVE"

    ReconstructionAlgorithmTerm.__qualname__ = "ReconstructionAlgorithmTerm"
    return ReconstructionAlgorithmTerm


@cache
def _ReconstructionAlgorithmTermPETReconstruction() -> type[StrEnum]:
    class ReconstructionAlgorithmTermPETReconstruction(StrEnum):
        """Defined Terms of Reconstruction Algorithm (0018,9315) in PET Reconstruction Macro Attributes (C.8.22-17)."""

        FILTER_BACK_PROJ = "FILTER_BACK_PROJ"
        REPROJECTION = "REPROJECTION"
        RAMLA = "RAMLA"
        MLEM = "MLEM"

    ReconstructionAlgorithmTermPETReconstruction.__qualname__ = (
        "ReconstructionAlgorithmTermPETReconstruction"
    )
    return ReconstructionAlgorithmTermPETReconstruction


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "ReconstructionAlgorithmTerm": _ReconstructionAlgorithmTerm,
    "ReconstructionAlgorithmTermPETReconstruction": _ReconstructionAlgorithmTermPETReconstruction,
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
