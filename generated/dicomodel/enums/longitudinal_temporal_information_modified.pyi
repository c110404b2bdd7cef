"""Enumerated Values and Defined Terms of Longitudinal Temporal Information Modified.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
)
from dicomodel.enums import (
    LongitudinalTemporalInformationModifiedValue as LongitudinalTemporalInformationModifiedValue,
)

__all__ = [
    "LongitudinalTemporalInformationModified",
    "LongitudinalTemporalInformationModifiedValue",
]
