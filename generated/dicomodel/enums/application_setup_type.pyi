"""Enumerated Values and Defined Terms of Application Setup Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicationSetupTypeTerm as ApplicationSetupTypeTerm

__all__ = ["ApplicationSetupTypeTerm"]
