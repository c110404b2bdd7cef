"""Enumerated Values and Defined Terms of Algorithm Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AlgorithmTypeTerm as AlgorithmTypeTerm

__all__ = ["AlgorithmTypeTerm"]
