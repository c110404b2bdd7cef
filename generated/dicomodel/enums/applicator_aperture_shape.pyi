"""Enumerated Values and Defined Terms of Applicator Aperture Shape.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicatorApertureShapeTerm as ApplicatorApertureShapeTerm

__all__ = ["ApplicatorApertureShapeTerm"]
