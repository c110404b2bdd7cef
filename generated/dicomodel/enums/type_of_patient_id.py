"""Enumerated Values and Defined Terms of Type of Patient ID.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "TypeOfPatientIDTerm",
]


class TypeOfPatientIDTerm(StrEnum):
    """Defined Terms of Type of Patient ID (0010,0022) in Patient Identification Module Attributes (C.2-2)."""

    TEXT = "TEXT"
    RFID = "RFID"
    BARCODE = "BARCODE"
