"""Enumerated Values and Defined Terms of Show Acquisition Techniques Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ShowAcquisitionTechniquesFlag as ShowAcquisitionTechniquesFlag
from dicomodel.enums import ShowAcquisitionTechniquesFlagValue as ShowAcquisitionTechniquesFlagValue

__all__ = ["ShowAcquisitionTechniquesFlag", "ShowAcquisitionTechniquesFlagValue"]
