"""Item class IonRangeCompensatorSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CompensatorDivergence as CompensatorDivergence
from dicomodel.enums import CompensatorMountingPosition as CompensatorMountingPosition
from dicomodel.items import IonRangeCompensatorSequenceItem as IonRangeCompensatorSequenceItem

__all__ = [
    "CompensatorDivergence",
    "CompensatorMountingPosition",
    "IonRangeCompensatorSequenceItem",
]
