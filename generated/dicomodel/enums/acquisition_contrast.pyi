"""Enumerated Values and Defined Terms of Acquisition Contrast.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquisitionContrastTerm as AcquisitionContrastTerm
from dicomodel.enums import (
    AcquisitionContrastTermMRSpectroscopyFrameType as AcquisitionContrastTermMRSpectroscopyFrameType,
)

__all__ = ["AcquisitionContrastTerm", "AcquisitionContrastTermMRSpectroscopyFrameType"]
