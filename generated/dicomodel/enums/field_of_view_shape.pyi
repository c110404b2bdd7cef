"""Enumerated Values and Defined Terms of Field of View Shape.

Generated from DICOM 2024c; do not edit."""

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
