"""Enumerated Values and Defined Terms of MR Acquisition Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MRAcquisitionType as MRAcquisitionType
from dicomodel.enums import MRAcquisitionTypeTerm as MRAcquisitionTypeTerm
from dicomodel.enums import MRAcquisitionTypeValue as MRAcquisitionTypeValue

__all__ = ["MRAcquisitionType", "MRAcquisitionTypeTerm", "MRAcquisitionTypeValue"]
