"""Enumerated Values and Defined Terms of Decay Correction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DecayCorrectionTerm as DecayCorrectionTerm

__all__ = ["DecayCorrectionTerm"]
