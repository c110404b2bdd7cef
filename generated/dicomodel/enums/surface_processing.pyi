"""Enumerated Values and Defined Terms of Surface Processing.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SurfaceProcessing as SurfaceProcessing
from dicomodel.enums import SurfaceProcessingValue as SurfaceProcessingValue

__all__ = ["SurfaceProcessing", "SurfaceProcessingValue"]
