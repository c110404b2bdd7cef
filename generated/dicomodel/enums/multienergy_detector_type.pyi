"""Enumerated Values and Defined Terms of Multi-energy Detector Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MultienergyDetectorTypeTerm as MultienergyDetectorTypeTerm

__all__ = ["MultienergyDetectorTypeTerm"]
