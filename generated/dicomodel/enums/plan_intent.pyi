"""Enumerated Values and Defined Terms of Plan Intent.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PlanIntentTerm as PlanIntentTerm

__all__ = ["PlanIntentTerm"]
