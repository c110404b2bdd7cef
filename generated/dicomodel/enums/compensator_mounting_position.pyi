"""Enumerated Values and Defined Terms of Compensator Mounting Position.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CompensatorMountingPosition as CompensatorMountingPosition
from dicomodel.enums import CompensatorMountingPositionValue as CompensatorMountingPositionValue

__all__ = ["CompensatorMountingPosition", "CompensatorMountingPositionValue"]
