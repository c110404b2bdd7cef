"""Enumerated Values and Defined Terms of Volume Based Calculation Technique.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    VolumeBasedCalculationTechniqueTerm as VolumeBasedCalculationTechniqueTerm,
)

__all__ = ["VolumeBasedCalculationTechniqueTerm"]
