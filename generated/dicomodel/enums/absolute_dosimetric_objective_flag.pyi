"""Enumerated Values and Defined Terms of Absolute Dosimetric Objective Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AbsoluteDosimetricObjectiveFlag as AbsoluteDosimetricObjectiveFlag
from dicomodel.enums import (
    AbsoluteDosimetricObjectiveFlagValue as AbsoluteDosimetricObjectiveFlagValue,
)

__all__ = ["AbsoluteDosimetricObjectiveFlag", "AbsoluteDosimetricObjectiveFlagValue"]
