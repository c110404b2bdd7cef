"""Enumerated Values and Defined Terms of Container File Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ContainerFileTypeTerm",
]


class ContainerFileTypeTerm(StrEnum):
    """Defined Terms of Container File Type (0008,040A) in Stored File Access Macro Attributes (C.38.2-2)."""

    ZIP = "ZIP"
    """see Section P.1.2.1"""
    TAR = "TAR"
    """see Section P.1.2.2"""
    GZIP = "GZIP"
    """see Section P.1.2.3"""
    TARGZIP = "TARGZIP"
    """see Section P.1.2.4"""
    BLOB = "BLOB"
    """see Section P.1.2.5"""
    DICM = "DICM"
    """Single SOP Instance in DICOM File Format (see Chapter 7 in PS3.10), not in a container"""
