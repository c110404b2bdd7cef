"""Enumerated Values and Defined Terms of Device Alternate Identifier Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm

__all__ = ["DeviceAlternateIdentifierTypeTerm"]
