"""Enumerated Values and Defined Terms of Certificate Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CertificateTypeTerm as CertificateTypeTerm

__all__ = ["CertificateTypeTerm"]
