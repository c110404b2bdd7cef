"""Enumerated Values and Defined Terms of Detector Conditions Nominal Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DetectorConditionsNominalFlag as DetectorConditionsNominalFlag
from dicomodel.enums import DetectorConditionsNominalFlagValue as DetectorConditionsNominalFlagValue

__all__ = ["DetectorConditionsNominalFlag", "DetectorConditionsNominalFlagValue"]
