"""Enumerated Values and Defined Terms of Inversion Recovery.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InversionRecovery as InversionRecovery
from dicomodel.enums import InversionRecoveryValue as InversionRecoveryValue

__all__ = ["InversionRecovery", "InversionRecoveryValue"]
