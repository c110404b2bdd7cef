"""Enumerated Values and Defined Terms of Setup Technique.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SetupTechniqueTerm as SetupTechniqueTerm

__all__ = ["SetupTechniqueTerm"]
