"""Enumerated Values and Defined Terms of Parallel Acquisition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ParallelAcquisition as ParallelAcquisition
from dicomodel.enums import ParallelAcquisitionValue as ParallelAcquisitionValue

__all__ = ["ParallelAcquisition", "ParallelAcquisitionValue"]
