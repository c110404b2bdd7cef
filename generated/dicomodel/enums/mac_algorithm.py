"""Enumerated Values and Defined Terms of MAC Algorithm.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "MACAlgorithmTerm",
]


class MACAlgorithmTerm(StrEnum):
    """Defined Terms of MAC Algorithm (0400,0015) in Hierarchical Evidence Reference Macro Attributes (10.42-1)."""

    RIPEMD160 = "RIPEMD160"
    """[ISO/IEC 10118-3]"""
    MD5 = "MD5"
    """[RFC1321] See also security considerations in [RFC6151]. The use of MD5 is no longer recommended."""
    SHA1 = "SHA1"
    """[FIPS PUB 180-4]"""
    SHA224 = "SHA224"
    """[FIPS PUB 180-4]"""
    SHA256 = "SHA256"
    """[FIPS PUB 180-4]"""
    SHA384 = "SHA384"
    """[FIPS PUB 180-4]"""
    SHA512 = "SHA512"
    """[FIPS PUB 180-4]"""
    SHA512_224 = "SHA512_224"
    """[FIPS PUB 180-4]"""
    SHA512_256 = "SHA512_256"
    """[FIPS PUB 180-4]"""
    SHA3_224 = "SHA3_224"
    """[FIPS PUB 202]"""
    SHA3_256 = "SHA3_256"
    """[FIPS PUB 202]"""
    SHA3_384 = "SHA3_384"
    """[FIPS PUB 202]"""
    SHA3_512 = "SHA3_512"
    """[FIPS PUB 202]"""
