"""Enumerated Values and Defined Terms of Barcode Symbology.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BarcodeSymbologyTerm as BarcodeSymbologyTerm

__all__ = ["BarcodeSymbologyTerm"]
