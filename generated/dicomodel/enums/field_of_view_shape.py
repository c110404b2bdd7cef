"""Enumerated Values and Defined Terms of Field of View Shape.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

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


class FieldOfViewShape(StrEnum):
    """Enumerated Values of Field of View Shape (0018,1147) in X-Ray Field of View Macro Attributes (C.8.19.6-2)."""

    RECTANGLE = "RECTANGLE"
    ROUND = "ROUND"
    HEXAGONAL = "HEXAGONAL"


if TYPE_CHECKING:
    FieldOfViewShapeValue: TypeAlias = FieldOfViewShape | Literal["RECTANGLE", "ROUND", "HEXAGONAL"]
else:
    FieldOfViewShapeValue = FieldOfViewShape
"""A value of FieldOfViewShape: the enum or the string of one of its members."""


class FieldOfViewShapeTerm(StrEnum):
    """Defined Terms of Field of View Shape (0018,1147) in NM Detector Module Attributes (C.8-11)."""

    RECTANGLE = "RECTANGLE"
    ROUND = "ROUND"
    HEXAGONAL = "HEXAGONAL"


class FieldOfViewShapeTermXRayAcquisition(StrEnum):
    """Defined Terms of Field of View Shape (0018,1147) in X-Ray Acquisition Module Attributes (C.8-27)."""

    ROUND = "ROUND"
    RECTANGLE = "RECTANGLE"


class FieldOfViewShapeTermPETSeries(StrEnum):
    """Defined Terms of Field of View Shape (0018,1147) in PET Series Module Attributes (C.8-60)."""

    CYLINDRICAL_RING = "CYLINDRICAL RING"
    HEXAGONAL = "HEXAGONAL"
    MULTIPLE_PLANAR = "MULTIPLE PLANAR"


class FieldOfViewShapeBreastTomosynthesisAcquisition(StrEnum):
    """Enumerated Values of Field of View Shape (0018,1147) in Breast Tomosynthesis Acquisition Module Attributes (C.8.21.3.4-1)."""

    RECTANGLE = "RECTANGLE"


if TYPE_CHECKING:
    FieldOfViewShapeBreastTomosynthesisAcquisitionValue: TypeAlias = (
        FieldOfViewShapeBreastTomosynthesisAcquisition | Literal["RECTANGLE"]
    )
else:
    FieldOfViewShapeBreastTomosynthesisAcquisitionValue = (
        FieldOfViewShapeBreastTomosynthesisAcquisition
    )
"""A value of FieldOfViewShapeBreastTomosynthesisAcquisition: the enum or the string of one of its members."""


class FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters(StrEnum):
    """Defined Terms of Field of View Shape (0018,1147) in Cutaneous Confocal Microscopy Image Acquisition Parameters Module Attributes (C.8.35.3-1)."""

    RECTANGLE = "RECTANGLE"
