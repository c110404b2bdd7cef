"""Enumerated Values and Defined Terms of Fluoroscopy Last Image Hold Persistence Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    FluoroscopyLastImageHoldPersistenceFlag as FluoroscopyLastImageHoldPersistenceFlag,
)
from dicomodel.enums import (
    FluoroscopyLastImageHoldPersistenceFlagValue as FluoroscopyLastImageHoldPersistenceFlagValue,
)

__all__ = [
    "FluoroscopyLastImageHoldPersistenceFlag",
    "FluoroscopyLastImageHoldPersistenceFlagValue",
]
