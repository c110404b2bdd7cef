"""Enumerated Values and Defined Terms of Field of View Shape.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "FieldOfViewShape",
    "FieldOfViewShapeBreastTomosynthesisAcquisition",
    "FieldOfViewShapeBreastTomosynthesisAcquisitionValue",
    "FieldOfViewShapeTerm",
    "FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters",
    "FieldOfViewShapeTermPETSeries",
    "FieldOfViewShapeTermXRayAcquisition",
    "FieldOfViewShapeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import FieldOfViewShape as FieldOfViewShape
    from dicomodel.enums import (
        FieldOfViewShapeBreastTomosynthesisAcquisition as FieldOfViewShapeBreastTomosynthesisAcquisition,
    )
    from dicomodel.enums import (
        FieldOfViewShapeBreastTomosynthesisAcquisitionValue as FieldOfViewShapeBreastTomosynthesisAcquisitionValue,
    )
    from dicomodel.enums import FieldOfViewShapeTerm as FieldOfViewShapeTerm
    from dicomodel.enums import (
        FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters as FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters,
    )
    from dicomodel.enums import FieldOfViewShapeTermPETSeries as FieldOfViewShapeTermPETSeries
    from dicomodel.enums import (
        FieldOfViewShapeTermXRayAcquisition as FieldOfViewShapeTermXRayAcquisition,
    )
    from dicomodel.enums import FieldOfViewShapeValue as FieldOfViewShapeValue


@cache
def _FieldOfViewShape() -> type[StrEnum]:
    class FieldOfViewShape(StrEnum):
        """Enumerated Values of Field of View Shape (0018,1147) in X-Ray Field of View Macro Attributes (C.8.19.6-2)."""

        RECTANGLE = "RECTANGLE"
        ROUND = "ROUND"
        HEXAGONAL = "HEXAGONAL"

    FieldOfViewShape.__qualname__ = "FieldOfViewShape"
    return FieldOfViewShape


@cache
def _FieldOfViewShapeTerm() -> type[StrEnum]:
    class FieldOfViewShapeTerm(StrEnum):
        """Defined Terms of Field of View Shape (0018,1147) in NM Detector Module Attributes (C.8-11)."""

        RECTANGLE = "RECTANGLE"
        ROUND = "ROUND"
        HEXAGONAL = "HEXAGONAL"

    FieldOfViewShapeTerm.__qualname__ = "FieldOfViewShapeTerm"
    return FieldOfViewShapeTerm


@cache
def _FieldOfViewShapeTermXRayAcquisition() -> type[StrEnum]:
    class FieldOfViewShapeTermXRayAcquisition(StrEnum):
        """Defined Terms of Field of View Shape (0018,1147) in X-Ray Acquisition Module Attributes (C.8-27)."""

        ROUND = "ROUND"
        RECTANGLE = "RECTANGLE"

    FieldOfViewShapeTermXRayAcquisition.__qualname__ = "FieldOfViewShapeTermXRayAcquisition"
    return FieldOfViewShapeTermXRayAcquisition


@cache
def _FieldOfViewShapeTermPETSeries() -> type[StrEnum]:
    class FieldOfViewShapeTermPETSeries(StrEnum):
        """Defined Terms of Field of View Shape (0018,1147) in PET Series Module Attributes (C.8-60)."""

        CYLINDRICAL_RING = "CYLINDRICAL RING"
        HEXAGONAL = "HEXAGONAL"
        MULTIPLE_PLANAR = "MULTIPLE PLANAR"

    FieldOfViewShapeTermPETSeries.__qualname__ = "FieldOfViewShapeTermPETSeries"
    return FieldOfViewShapeTermPETSeries


@cache
def _FieldOfViewShapeBreastTomosynthesisAcquisition() -> type[StrEnum]:
    class FieldOfViewShapeBreastTomosynthesisAcquisition(StrEnum):
        """Enumerated Values of Field of View Shape (0018,1147) in Breast Tomosynthesis Acquisition Module Attributes (C.8.21.3.4-1)."""

        RECTANGLE = "RECTANGLE"

    FieldOfViewShapeBreastTomosynthesisAcquisition.__qualname__ = (
        "FieldOfViewShapeBreastTomosynthesisAcquisition"
    )
    return FieldOfViewShapeBreastTomosynthesisAcquisition


@cache
def _FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters() -> type[StrEnum]:
    class FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters(StrEnum):
        """Defined Terms of Field of View Shape (0018,1147) in Cutaneous Confocal Microscopy Image Acquisition Parameters Module Attributes (C.8.35.3-1)."""

        RECTANGLE = "RECTANGLE"

    FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters.__qualname__ = (
        "FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters"
    )
    return FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "FieldOfViewShape": _FieldOfViewShape,
    "FieldOfViewShapeValue": _FieldOfViewShape,
    "FieldOfViewShapeTerm": _FieldOfViewShapeTerm,
    "FieldOfViewShapeTermXRayAcquisition": _FieldOfViewShapeTermXRayAcquisition,
    "FieldOfViewShapeTermPETSeries": _FieldOfViewShapeTermPETSeries,
    "FieldOfViewShapeBreastTomosynthesisAcquisition": _FieldOfViewShapeBreastTomosynthesisAcquisition,
    "FieldOfViewShapeBreastTomosynthesisAcquisitionValue": _FieldOfViewShapeBreastTomosynthesisAcquisition,
    "FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters": _FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters,
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
