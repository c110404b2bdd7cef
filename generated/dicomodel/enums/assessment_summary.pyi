"""Enumerated Values and Defined Terms of Assessment Summary.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AssessmentSummary as AssessmentSummary
from dicomodel.enums import AssessmentSummaryValue as AssessmentSummaryValue

__all__ = ["AssessmentSummary", "AssessmentSummaryValue"]
