"""Enumerated Values and Defined Terms of Volume Cropping Method.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VolumeCroppingMethod as VolumeCroppingMethod
from dicomodel.enums import VolumeCroppingMethodValue as VolumeCroppingMethodValue

__all__ = ["VolumeCroppingMethod", "VolumeCroppingMethodValue"]
