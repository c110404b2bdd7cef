"""Enumerated Values and Defined Terms of Treatment Record Content Origin.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "TreatmentRecordContentOrigin",
    "TreatmentRecordContentOriginValue",
]


class TreatmentRecordContentOrigin(StrEnum):
    """Enumerated Values of Treatment Record Content Origin (300A,0709) in RT Radiation Record Common Module Attributes (C.36.22-1)."""

    DEVICE = "DEVICE"
    """The content has been recorded by the treatment device which performed the treatment delivery."""
    USER = "USER"
    """The content has been constructed based on user inputs."""


if TYPE_CHECKING:
    TreatmentRecordContentOriginValue: TypeAlias = (
        TreatmentRecordContentOrigin | Literal["DEVICE", "USER"]
    )
else:
    TreatmentRecordContentOriginValue = TreatmentRecordContentOrigin
"""A value of TreatmentRecordContentOrigin: the enum or the string of one of its members."""
