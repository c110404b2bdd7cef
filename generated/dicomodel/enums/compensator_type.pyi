"""Enumerated Values and Defined Terms of Compensator Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CompensatorTypeTerm as CompensatorTypeTerm

__all__ = ["CompensatorTypeTerm"]
