"""Enumerated Values and Defined Terms of Beam Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BeamType as BeamType
from dicomodel.enums import BeamTypeValue as BeamTypeValue

__all__ = ["BeamType", "BeamTypeValue"]
