"""Enumerated Values and Defined Terms of Viewing Distance Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ViewingDistanceType as ViewingDistanceType
from dicomodel.enums import ViewingDistanceTypeValue as ViewingDistanceTypeValue

__all__ = ["ViewingDistanceType", "ViewingDistanceTypeValue"]
