"""Enumerated Values and Defined Terms of Arterial Spin Labeling Contrast.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ArterialSpinLabelingContrast as ArterialSpinLabelingContrast
from dicomodel.enums import ArterialSpinLabelingContrastValue as ArterialSpinLabelingContrastValue

__all__ = ["ArterialSpinLabelingContrast", "ArterialSpinLabelingContrastValue"]
