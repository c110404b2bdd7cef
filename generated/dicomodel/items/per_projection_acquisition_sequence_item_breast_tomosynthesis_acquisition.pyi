"""Item class PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import EntranceDoseDerivation as EntranceDoseDerivation
from dicomodel.enums import PositionerPrimaryAngleDirection as PositionerPrimaryAngleDirection
from dicomodel.items import (
    PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition as PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition,
)

__all__ = [
    "EntranceDoseDerivation",
    "PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition",
    "PositionerPrimaryAngleDirection",
]
