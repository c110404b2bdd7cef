"""Enumerated Values and Defined Terms of Finite Volume.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FiniteVolume as FiniteVolume
from dicomodel.enums import FiniteVolumeValue as FiniteVolumeValue

__all__ = ["FiniteVolume", "FiniteVolumeValue"]
