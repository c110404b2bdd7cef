"""Enumerated Values and Defined Terms of Shielding Device Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ShieldingDeviceTypeTerm as ShieldingDeviceTypeTerm

__all__ = ["ShieldingDeviceTypeTerm"]
