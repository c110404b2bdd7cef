"""Enumerated Values and Defined Terms of RT Treatment Termination Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RTTreatmentTerminationStatus",
    "RTTreatmentTerminationStatusValue",
]


class RTTreatmentTerminationStatus(StrEnum):
    """Enumerated Values of RT Treatment Termination Status (300A,0714) in RT Radiation Record Common Module Attributes (C.36.22-1)."""

    NORMAL = "NORMAL"
    """The delivery of the fraction represented by the referenced RT Radiation IOD terminated as expected and the fraction has been correctly delivered."""
    ABNORMAL = "ABNORMAL"
    """The delivery of the fraction represented by the referenced RT Radiation IOD did not terminate as expected and the fraction has been incorrectly delivered."""


if TYPE_CHECKING:
    RTTreatmentTerminationStatusValue: TypeAlias = (
        RTTreatmentTerminationStatus | Literal["NORMAL", "ABNORMAL"]
    )
else:
    RTTreatmentTerminationStatusValue = RTTreatmentTerminationStatus
"""A value of RTTreatmentTerminationStatus: the enum or the string of one of its members."""
