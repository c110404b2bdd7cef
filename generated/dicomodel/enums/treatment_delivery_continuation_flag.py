"""Enumerated Values and Defined Terms of Treatment Delivery Continuation Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TreatmentDeliveryContinuationFlag",
    "TreatmentDeliveryContinuationFlagValue",
]


class TreatmentDeliveryContinuationFlag(StrEnum):
    """Enumerated Values of Treatment Delivery Continuation Flag (300A,0708) in RT Radiation Record Common Module Attributes (C.36.22-1)."""

    YES = "YES"
    """The record represents a continuation."""
    NO = "NO"
    """The record represents a treatment delivery that was started at the first RT Control Point."""


if TYPE_CHECKING:
    TreatmentDeliveryContinuationFlagValue: TypeAlias = (
        TreatmentDeliveryContinuationFlag | Literal["YES", "NO"]
    )
else:
    TreatmentDeliveryContinuationFlagValue = TreatmentDeliveryContinuationFlag
"""A value of TreatmentDeliveryContinuationFlag: the enum or the string of one of its members."""
