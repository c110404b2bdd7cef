"""Enumerated Values and Defined Terms of Brachy Treatment Technique.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "BrachyTreatmentTechnique",
    "BrachyTreatmentTechniqueValue",
]


class BrachyTreatmentTechnique(StrEnum):
    """Enumerated Values of Brachy Treatment Technique (300A,0200) in RT Brachy Application Setups Module Attributes (C.8-51)."""

    INTRALUMENARY = "INTRALUMENARY"
    INTRACAVITARY = "INTRACAVITARY"
    INTERSTITIAL = "INTERSTITIAL"
    CONTACT = "CONTACT"
    INTRAVASCULAR = "INTRAVASCULAR"
    PERMANENT = "PERMANENT"


if TYPE_CHECKING:
    BrachyTreatmentTechniqueValue: TypeAlias = (
        BrachyTreatmentTechnique
        | Literal[
            "INTRALUMENARY",
            "INTRACAVITARY",
            "INTERSTITIAL",
            "CONTACT",
            "INTRAVASCULAR",
            "PERMANENT",
        ]
    )
else:
    BrachyTreatmentTechniqueValue = BrachyTreatmentTechnique
"""A value of BrachyTreatmentTechnique: the enum or the string of one of its members."""
