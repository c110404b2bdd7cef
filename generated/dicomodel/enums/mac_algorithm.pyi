"""Enumerated Values and Defined Terms of MAC Algorithm.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm

__all__ = ["MACAlgorithmTerm"]
