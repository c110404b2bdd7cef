"""Enumerated Values and Defined Terms of Detector Configuration.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DetectorConfigurationTerm as DetectorConfigurationTerm

__all__ = ["DetectorConfigurationTerm"]
