"""Enumerated Values and Defined Terms of Dose Value Interpretation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DoseValueInterpretation as DoseValueInterpretation
from dicomodel.enums import DoseValueInterpretationValue as DoseValueInterpretationValue

__all__ = ["DoseValueInterpretation", "DoseValueInterpretationValue"]
