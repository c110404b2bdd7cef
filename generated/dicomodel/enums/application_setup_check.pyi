"""Enumerated Values and Defined Terms of Application Setup Check.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicationSetupCheck as ApplicationSetupCheck
from dicomodel.enums import ApplicationSetupCheckValue as ApplicationSetupCheckValue

__all__ = ["ApplicationSetupCheck", "ApplicationSetupCheckValue"]
