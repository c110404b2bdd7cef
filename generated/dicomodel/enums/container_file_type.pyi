"""Enumerated Values and Defined Terms of Container File Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContainerFileTypeTerm as ContainerFileTypeTerm

__all__ = ["ContainerFileTypeTerm"]
