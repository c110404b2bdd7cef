"""Enumerated Values and Defined Terms of Saturation Recovery.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SaturationRecovery as SaturationRecovery
from dicomodel.enums import SaturationRecoveryValue as SaturationRecoveryValue

__all__ = ["SaturationRecovery", "SaturationRecoveryValue"]
