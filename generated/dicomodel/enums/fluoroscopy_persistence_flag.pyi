"""Enumerated Values and Defined Terms of Fluoroscopy Persistence Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FluoroscopyPersistenceFlag as FluoroscopyPersistenceFlag
from dicomodel.enums import FluoroscopyPersistenceFlagValue as FluoroscopyPersistenceFlagValue

__all__ = ["FluoroscopyPersistenceFlag", "FluoroscopyPersistenceFlagValue"]
