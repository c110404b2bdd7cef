"""Enumerated Values and Defined Terms of Certified Timestamp Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm

__all__ = ["CertifiedTimestampTypeTerm"]
