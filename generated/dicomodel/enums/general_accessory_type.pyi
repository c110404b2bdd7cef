"""Enumerated Values and Defined Terms of General Accessory Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm

__all__ = ["GeneralAccessoryTypeTerm"]
