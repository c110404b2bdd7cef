"""Enumerated Values and Defined Terms of MR Spectroscopy Acquisition Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MRSpectroscopyAcquisitionTypeTerm as MRSpectroscopyAcquisitionTypeTerm

__all__ = ["MRSpectroscopyAcquisitionTypeTerm"]
