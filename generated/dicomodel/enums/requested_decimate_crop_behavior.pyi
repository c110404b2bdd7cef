"""Enumerated Values and Defined Terms of Requested Decimate/Crop Behavior.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RequestedDecimateCropBehavior as RequestedDecimateCropBehavior
from dicomodel.enums import RequestedDecimateCropBehaviorValue as RequestedDecimateCropBehaviorValue

__all__ = ["RequestedDecimateCropBehavior", "RequestedDecimateCropBehaviorValue"]
