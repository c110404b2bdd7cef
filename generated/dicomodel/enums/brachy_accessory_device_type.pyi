"""Enumerated Values and Defined Terms of Brachy Accessory Device Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BrachyAccessoryDeviceTypeTerm as BrachyAccessoryDeviceTypeTerm

__all__ = ["BrachyAccessoryDeviceTypeTerm"]
