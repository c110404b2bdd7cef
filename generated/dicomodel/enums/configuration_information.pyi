"""Enumerated Values and Defined Terms of Configuration Information.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ConfigurationInformationTerm as ConfigurationInformationTerm

__all__ = ["ConfigurationInformationTerm"]
