"""Enumerated Values and Defined Terms of Acquisition Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquisitionTypeTerm as AcquisitionTypeTerm

__all__ = ["AcquisitionTypeTerm"]
