"""Enumerated Values and Defined Terms of Show Patient Demographics Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ShowPatientDemographicsFlag as ShowPatientDemographicsFlag
from dicomodel.enums import ShowPatientDemographicsFlagValue as ShowPatientDemographicsFlagValue

__all__ = ["ShowPatientDemographicsFlag", "ShowPatientDemographicsFlagValue"]
