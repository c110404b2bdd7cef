"""Enumerated Values and Defined Terms of Patient Support Position Specification Method.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    PatientSupportPositionSpecificationMethod as PatientSupportPositionSpecificationMethod,
)
from dicomodel.enums import (
    PatientSupportPositionSpecificationMethodValue as PatientSupportPositionSpecificationMethodValue,
)

__all__ = [
    "PatientSupportPositionSpecificationMethod",
    "PatientSupportPositionSpecificationMethodValue",
]
