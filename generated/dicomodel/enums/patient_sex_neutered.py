"""Enumerated Values and Defined Terms of Patient's Sex Neutered.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PatientSexNeutered(StrEnum):
    """Enumerated Values of Patient's Sex Neutered (0010,2203) in Patient Medical Module Attributes (C.2-4)."""

    ALTERED = "ALTERED"
    """Altered/Neutered"""
    UNALTERED = "UNALTERED"
    """Unaltered/intact"""
