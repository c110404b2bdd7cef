"""Enumerated Values and Defined Terms of Acquisition Signal Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquisitionSignalTypeTerm as AcquisitionSignalTypeTerm

__all__ = ["AcquisitionSignalTypeTerm"]
