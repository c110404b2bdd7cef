"""Enumerated Values and Defined Terms of Refractive Index Applied.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RefractiveIndexApplied as RefractiveIndexApplied
from dicomodel.enums import RefractiveIndexAppliedValue as RefractiveIndexAppliedValue

__all__ = ["RefractiveIndexApplied", "RefractiveIndexAppliedValue"]
