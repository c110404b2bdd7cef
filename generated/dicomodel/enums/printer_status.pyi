"""Enumerated Values and Defined Terms of Printer Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PrinterStatus as PrinterStatus
from dicomodel.enums import PrinterStatusValue as PrinterStatusValue

__all__ = ["PrinterStatus", "PrinterStatusValue"]
