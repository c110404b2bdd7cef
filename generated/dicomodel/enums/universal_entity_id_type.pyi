"""Enumerated Values and Defined Terms of Universal Entity ID Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.enums import UniversalEntityIDTypeValue as UniversalEntityIDTypeValue

__all__ = ["UniversalEntityIDType", "UniversalEntityIDTypeValue"]
