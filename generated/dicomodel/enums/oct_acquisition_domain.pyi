"""Enumerated Values and Defined Terms of OCT Acquisition Domain.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OCTAcquisitionDomainTerm as OCTAcquisitionDomainTerm

__all__ = ["OCTAcquisitionDomainTerm"]
