"""Enumerated Values and Defined Terms of Blood Signal Nulling.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BloodSignalNulling as BloodSignalNulling
from dicomodel.enums import BloodSignalNullingValue as BloodSignalNullingValue

__all__ = ["BloodSignalNulling", "BloodSignalNullingValue"]
