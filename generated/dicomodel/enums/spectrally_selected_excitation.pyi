"""Enumerated Values and Defined Terms of Spectrally Selected Excitation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SpectrallySelectedExcitation as SpectrallySelectedExcitation
from dicomodel.enums import SpectrallySelectedExcitationValue as SpectrallySelectedExcitationValue

__all__ = ["SpectrallySelectedExcitation", "SpectrallySelectedExcitationValue"]
