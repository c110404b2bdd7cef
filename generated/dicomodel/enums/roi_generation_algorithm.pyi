"""Enumerated Values and Defined Terms of ROI Generation Algorithm.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ROIGenerationAlgorithmTerm as ROIGenerationAlgorithmTerm

__all__ = ["ROIGenerationAlgorithmTerm"]
