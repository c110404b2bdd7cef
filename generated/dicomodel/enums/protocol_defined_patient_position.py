"""Enumerated Values and Defined Terms of Protocol Defined Patient Position.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ProtocolDefinedPatientPositionTerm",
]


class ProtocolDefinedPatientPositionTerm(StrEnum):
    """Defined Terms of Protocol Defined Patient Position (0018,9947) in Patient Positioning Module Attributes (C.34.8-1)."""

    HFP = "HFP"
    """Head First-Prone"""
    HFS = "HFS"
    """Head First-Supine"""
    HFDR = "HFDR"
    """Head First-Decubitus Right"""
    HFDL = "HFDL"
    """Head First-Decubitus Left"""
    FFDR = "FFDR"
    """Feet First-Decubitus Right"""
    FFDL = "FFDL"
    """Feet First-Decubitus Left"""
    FFP = "FFP"
    """Feet First-Prone"""
    FFS = "FFS"
    """Feet First-Supine"""
    LFP = "LFP"
    """Left First-Prone"""
    LFS = "LFS"
    """Left First-Supine"""
    RFP = "RFP"
    """Right First-Prone"""
    RFS = "RFS"
    """Right First-Supine"""
    AFDR = "AFDR"
    """Anterior First-Decubitus Right"""
    AFDL = "AFDL"
    """Anterior First-Decubitus Left"""
    PFDR = "PFDR"
    """Posterior First-Decubitus Right"""
    PFDL = "PFDL"
    """Posterior First-Decubitus Left"""
