"""Enumerated Values and Defined Terms of Baseline Correction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BaselineCorrectionTerm as BaselineCorrectionTerm

__all__ = ["BaselineCorrectionTerm"]
