"""Enumerated Values and Defined Terms of IVUS Acquisition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import IVUSAcquisition as IVUSAcquisition
from dicomodel.enums import IVUSAcquisitionTerm as IVUSAcquisitionTerm
from dicomodel.enums import IVUSAcquisitionValue as IVUSAcquisitionValue

__all__ = ["IVUSAcquisition", "IVUSAcquisitionTerm", "IVUSAcquisitionValue"]
