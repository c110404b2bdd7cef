"""Enumerated Values and Defined Terms of Application Setup Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ApplicationSetupTypeTerm",
]


class ApplicationSetupTypeTerm(StrEnum):
    """Defined Terms of Application Setup Type (300A,0232) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    FLETCHER_SUIT = "FLETCHER_SUIT"
    DELCLOS = "DELCLOS"
    BLOEDORN = "BLOEDORN"
    JOSLIN_FLYNN = "JOSLIN_FLYNN"
    CHANDIGARH = "CHANDIGARH"
    MANCHESTER = "MANCHESTER"
    HENSCHKE = "HENSCHKE"
    NASOPHARYNGEAL = "NASOPHARYNGEAL"
    OESOPHAGEAL = "OESOPHAGEAL"
    ENDOBRONCHIAL = "ENDOBRONCHIAL"
    SYED_NEBLETT = "SYED_NEBLETT"
    ENDORECTAL = "ENDORECTAL"
    PERINEAL = "PERINEAL"
