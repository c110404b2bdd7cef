"""Enumerated Values and Defined Terms of Type of Instances.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "TypeOfInstancesTerm",
]


class TypeOfInstancesTerm(StrEnum):
    """Defined Terms of Type of Instances (0040,E020) in Referenced Instances and Access Macro Attributes (10-3b)."""

    DICOM = "DICOM"
    CDA = "CDA"
