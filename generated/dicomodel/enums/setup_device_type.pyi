"""Enumerated Values and Defined Terms of Setup Device Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SetupDeviceTypeTerm as SetupDeviceTypeTerm

__all__ = ["SetupDeviceTypeTerm"]
