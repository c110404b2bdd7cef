"""Enumerated Values and Defined Terms of Lateral Spreading Device Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import LateralSpreadingDeviceTypeTerm as LateralSpreadingDeviceTypeTerm

__all__ = ["LateralSpreadingDeviceTypeTerm"]
