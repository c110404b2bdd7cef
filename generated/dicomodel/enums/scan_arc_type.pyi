"""Enumerated Values and Defined Terms of Scan Arc Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ScanArcType as ScanArcType
from dicomodel.enums import ScanArcTypeValue as ScanArcTypeValue

__all__ = ["ScanArcType", "ScanArcTypeValue"]
