"""Enumerated Values and Defined Terms of Interoperability Index.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InteroperabilityIndexTerm as InteroperabilityIndexTerm

__all__ = ["InteroperabilityIndexTerm"]
