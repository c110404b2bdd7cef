"""Enumerated Values and Defined Terms of Device Diameter Units.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DeviceDiameterUnitsTerm as DeviceDiameterUnitsTerm

__all__ = ["DeviceDiameterUnitsTerm"]
