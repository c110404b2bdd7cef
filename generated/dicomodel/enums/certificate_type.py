"""Enumerated Values and Defined Terms of Certificate Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "CertificateTypeTerm",
]


class CertificateTypeTerm(StrEnum):
    """Defined Terms of Certificate Type (0400,0110) in Digital Signatures Macro Attributes (C.12-6)."""

    X509_1993_SIG = "X509_1993_SIG"
