"""Enumerated Values and Defined Terms of Multi-planar Excitation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MultiPlanarExcitation as MultiPlanarExcitation
from dicomodel.enums import MultiPlanarExcitationValue as MultiPlanarExcitationValue

__all__ = ["MultiPlanarExcitation", "MultiPlanarExcitationValue"]
