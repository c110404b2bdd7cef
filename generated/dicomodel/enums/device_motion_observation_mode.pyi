"""Enumerated Values and Defined Terms of Device Motion Observation Mode.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DeviceMotionObservationMode as DeviceMotionObservationMode
from dicomodel.enums import DeviceMotionObservationModeValue as DeviceMotionObservationModeValue

__all__ = ["DeviceMotionObservationMode", "DeviceMotionObservationModeValue"]
