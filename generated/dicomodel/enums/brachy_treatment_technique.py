"""Enumerated Values and Defined Terms of Brachy Treatment Technique.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BrachyTreatmentTechnique(StrEnum):
    """Enumerated Values of Brachy Treatment Technique (300A,0200) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    INTRALUMENARY = "INTRALUMENARY"
    INTRACAVITARY = "INTRACAVITARY"
    INTERSTITIAL = "INTERSTITIAL"
    CONTACT = "CONTACT"
    INTRAVASCULAR = "INTRAVASCULAR"
    PERMANENT = "PERMANENT"
