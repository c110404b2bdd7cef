"""Enumerated Values and Defined Terms of Compensator Divergence.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CompensatorDivergence as CompensatorDivergence
from dicomodel.enums import CompensatorDivergenceValue as CompensatorDivergenceValue

__all__ = ["CompensatorDivergence", "CompensatorDivergenceValue"]
