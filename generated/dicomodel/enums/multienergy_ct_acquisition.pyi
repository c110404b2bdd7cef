"""Enumerated Values and Defined Terms of Multi-energy CT Acquisition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MultienergyCTAcquisition as MultienergyCTAcquisition
from dicomodel.enums import MultienergyCTAcquisitionValue as MultienergyCTAcquisitionValue

__all__ = ["MultienergyCTAcquisition", "MultienergyCTAcquisitionValue"]
