"""Enumerated Values and Defined Terms of Device Motion Execution Mode.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DeviceMotionExecutionMode as DeviceMotionExecutionMode
from dicomodel.enums import DeviceMotionExecutionModeValue as DeviceMotionExecutionModeValue

__all__ = ["DeviceMotionExecutionMode", "DeviceMotionExecutionModeValue"]
