"""Enumerated Values and Defined Terms of Mandatory Component Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MandatoryComponentTypeTerm as MandatoryComponentTypeTerm

__all__ = ["MandatoryComponentTypeTerm"]
