"""Enumerated Values and Defined Terms of Wedge Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WedgeTypeTerm as WedgeTypeTerm
from dicomodel.enums import WedgeTypeTermRTIonBeams as WedgeTypeTermRTIonBeams

__all__ = ["WedgeTypeTerm", "WedgeTypeTermRTIonBeams"]
