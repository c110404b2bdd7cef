"""Enumerated Values and Defined Terms of Exposure Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ExposureStatusTerm as ExposureStatusTerm

__all__ = ["ExposureStatusTerm"]
