"""Item class CompensatorSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CompensatorDivergence as CompensatorDivergence
from dicomodel.enums import CompensatorMountingPosition as CompensatorMountingPosition
from dicomodel.enums import CompensatorTypeTerm as CompensatorTypeTerm
from dicomodel.items import CompensatorSequenceItem as CompensatorSequenceItem

__all__ = [
    "CompensatorDivergence",
    "CompensatorMountingPosition",
    "CompensatorSequenceItem",
    "CompensatorTypeTerm",
]
