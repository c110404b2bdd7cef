"""Enumerated Values and Defined Terms of Tomo Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TomoTypeTerm as TomoTypeTerm

__all__ = ["TomoTypeTerm"]
