"""Enumerated Values and Defined Terms of Printer Status Info.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PrinterStatusInfoTerm as PrinterStatusInfoTerm

__all__ = ["PrinterStatusInfoTerm"]
