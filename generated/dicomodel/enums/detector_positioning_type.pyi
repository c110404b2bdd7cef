"""Enumerated Values and Defined Terms of Detector Positioning Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DetectorPositioningType as DetectorPositioningType
from dicomodel.enums import DetectorPositioningTypeValue as DetectorPositioningTypeValue

__all__ = ["DetectorPositioningType", "DetectorPositioningTypeValue"]
