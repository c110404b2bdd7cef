"""Enumerated Values and Defined Terms of Transducer Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "TransducerTypeTerm",
]


class TransducerTypeTerm(StrEnum):
    """Defined Terms of Transducer Type (0018,6031) in US Image Module Attributes (C.8-18)."""

    SECTOR_PHASED = "SECTOR_PHASED"
    SECTOR_MECH = "SECTOR_MECH"
    SECTOR_ANNULAR = "SECTOR_ANNULAR"
    LINEAR = "LINEAR"
    CURVED_LINEAR = "CURVED LINEAR"
    SINGLE_CRYSTAL = "SINGLE CRYSTAL"
    SPLIT_XTAL_CWD = "SPLIT XTAL CWD"
    IV_PHASED = "IV_PHASED"
    IV_ROT_XTAL = "IV_ROT XTAL"
    IV_ROT_MIRROR = "IV_ROT MIRROR"
    ENDOCAV_PA = "ENDOCAV_PA"
    ENDOCAV_MECH = "ENDOCAV_MECH"
    ENDOCAV_CLA = "ENDOCAV_CLA"
    ENDOCAV_AA = "ENDOCAV_AA"
    ENDOCAV_LINEAR = "ENDOCAV_LINEAR"
    VECTOR_PHASED = "VECTOR_PHASED"
