"""Enumerated Values and Defined Terms of Patient Support Position Specification Method.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PatientSupportPositionSpecificationMethod",
    "PatientSupportPositionSpecificationMethodValue",
]


class PatientSupportPositionSpecificationMethod(StrEnum):
    """Enumerated Values of Patient Support Position Specification Method (300A,065C) in Patient to Equipment Relationship Macro Attributes (10.39-1)."""

    ABSENT = "ABSENT"
    """No parameters are specified."""
    GLOBAL = "GLOBAL"
    """Parameters are specified using a globally known method, irrespective of the device in use."""
    DEVICE_SPECIFIC = "DEVICE_SPECIFIC"
    """Parameters are specified using a device-specific method."""


if TYPE_CHECKING:
    PatientSupportPositionSpecificationMethodValue: TypeAlias = (
        PatientSupportPositionSpecificationMethod | Literal["ABSENT", "GLOBAL", "DEVICE_SPECIFIC"]
    )
else:
    PatientSupportPositionSpecificationMethodValue = PatientSupportPositionSpecificationMethod
"""A value of PatientSupportPositionSpecificationMethod: the enum or the string of one of its members."""
