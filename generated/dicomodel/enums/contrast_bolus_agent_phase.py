"""Enumerated Values and Defined Terms of Contrast/Bolus Agent Phase.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ContrastBolusAgentPhaseTerm",
]


class ContrastBolusAgentPhaseTerm(StrEnum):
    """Defined Terms of Contrast/Bolus Agent Phase (0018,9344) in Contrast/Bolus Usage Macro Attributes (C.7.16-13)."""

    PRE_CONTRAST = "PRE_CONTRAST"
    POST_CONTRAST = "POST_CONTRAST"
    IMMEDIATE = "IMMEDIATE"
    DYNAMIC = "DYNAMIC"
    STEADY_STATE = "STEADY_STATE"
    DELAYED = "DELAYED"
    ARTERIAL = "ARTERIAL"
    CAPILLARY = "CAPILLARY"
    VENOUS = "VENOUS"
    PORTAL_VENOUS = "PORTAL_VENOUS"
