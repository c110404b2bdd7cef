"""Enumerated Values and Defined Terms of Water Reference Acquisition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WaterReferenceAcquisition as WaterReferenceAcquisition
from dicomodel.enums import WaterReferenceAcquisitionValue as WaterReferenceAcquisitionValue

__all__ = ["WaterReferenceAcquisition", "WaterReferenceAcquisitionValue"]
