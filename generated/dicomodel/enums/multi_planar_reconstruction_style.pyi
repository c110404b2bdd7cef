"""Enumerated Values and Defined Terms of Multi-Planar Reconstruction Style.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MultiPlanarReconstructionStyle as MultiPlanarReconstructionStyle
from dicomodel.enums import (
    MultiPlanarReconstructionStyleValue as MultiPlanarReconstructionStyleValue,
)

__all__ = ["MultiPlanarReconstructionStyle", "MultiPlanarReconstructionStyleValue"]
