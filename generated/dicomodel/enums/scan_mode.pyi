"""Enumerated Values and Defined Terms of Scan Mode.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ScanMode as ScanMode
from dicomodel.enums import ScanModeTerm as ScanModeTerm
from dicomodel.enums import ScanModeValue as ScanModeValue

__all__ = ["ScanMode", "ScanModeTerm", "ScanModeValue"]
