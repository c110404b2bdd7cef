"""Enumerated Values and Defined Terms of Treatment Termination Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TreatmentTerminationStatus",
    "TreatmentTerminationStatusValue",
]


class TreatmentTerminationStatus(StrEnum):
    """Enumerated Values of Treatment Termination Status (3008,002A) in RT Beams Session Record Module Attributes (C.8-57)."""

    NORMAL = "NORMAL"
    """treatment terminated normally"""
    OPERATOR = "OPERATOR"
    """operator terminated treatment"""
    MACHINE = "MACHINE"
    """machine terminated treatment"""
    UNKNOWN = "UNKNOWN"
    """status at termination unknown"""


if TYPE_CHECKING:
    TreatmentTerminationStatusValue: TypeAlias = (
        TreatmentTerminationStatus | Literal["NORMAL", "OPERATOR", "MACHINE", "UNKNOWN"]
    )
else:
    TreatmentTerminationStatusValue = TreatmentTerminationStatus
"""A value of TreatmentTerminationStatus: the enum or the string of one of its members."""
