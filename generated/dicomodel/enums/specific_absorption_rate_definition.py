"""Enumerated Values and Defined Terms of Specific Absorption Rate Definition.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "SpecificAbsorptionRateDefinitionTerm",
]


class SpecificAbsorptionRateDefinitionTerm(StrEnum):
    """Defined Terms of Specific Absorption Rate Definition (0018,9179) in MR Timing and Related Parameters Macro Attributes (C.8-89)."""

    IEC_WHOLE_BODY = "IEC_WHOLE_BODY"
    """[IEC 60601-2-33] Clause 201.3.241"""
    IEC_PARTIAL_BODY = "IEC_PARTIAL_BODY"
    """[IEC 60601-2-33] Clause 201.3.225"""
    IEC_HEAD = "IEC_HEAD"
    """[IEC 60601-2-33] Clause 201.3.212"""
    IEC_LOCAL = "IEC_LOCAL"
    """[IEC 60601-2-33] Clause 201.3.216"""
