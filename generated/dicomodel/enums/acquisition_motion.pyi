"""Enumerated Values and Defined Terms of Acquisition Motion.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquisitionMotionTerm as AcquisitionMotionTerm

__all__ = ["AcquisitionMotionTerm"]
