"""Enumerated Values and Defined Terms of ASL Bolus Cut-off Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ASLBolusCutoffFlag as ASLBolusCutoffFlag
from dicomodel.enums import ASLBolusCutoffFlagValue as ASLBolusCutoffFlagValue

__all__ = ["ASLBolusCutoffFlag", "ASLBolusCutoffFlagValue"]
