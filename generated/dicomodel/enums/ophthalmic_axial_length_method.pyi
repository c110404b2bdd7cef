"""Enumerated Values and Defined Terms of Ophthalmic Axial Length Method.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OphthalmicAxialLengthMethod as OphthalmicAxialLengthMethod
from dicomodel.enums import OphthalmicAxialLengthMethodValue as OphthalmicAxialLengthMethodValue

__all__ = ["OphthalmicAxialLengthMethod", "OphthalmicAxialLengthMethodValue"]
