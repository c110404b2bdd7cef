"""Enumerated Values and Defined Terms of Acquisition Method.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquisitionMethodTerm as AcquisitionMethodTerm

__all__ = ["AcquisitionMethodTerm"]
