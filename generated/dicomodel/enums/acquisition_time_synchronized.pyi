"""Enumerated Values and Defined Terms of Acquisition Time Synchronized.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquisitionTimeSynchronized as AcquisitionTimeSynchronized
from dicomodel.enums import AcquisitionTimeSynchronizedValue as AcquisitionTimeSynchronizedValue

__all__ = ["AcquisitionTimeSynchronized", "AcquisitionTimeSynchronizedValue"]
