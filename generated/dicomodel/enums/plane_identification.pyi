"""Enumerated Values and Defined Terms of Plane Identification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PlaneIdentificationTerm as PlaneIdentificationTerm

__all__ = ["PlaneIdentificationTerm"]
