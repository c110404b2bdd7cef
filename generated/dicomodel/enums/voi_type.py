"""Enumerated Values and Defined Terms of VOI Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "VOITypeTerm",
]


class VOITypeTerm(StrEnum):
    """Defined Terms of VOI Type (0072,0702) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    LUNG = "LUNG"
    MEDIASTINUM = "MEDIASTINUM"
    ABDO_PELVIS = "ABDO_PELVIS"
    LIVER = "LIVER"
    SOFT_TISSUE = "SOFT_TISSUE"
    BONE = "BONE"
    BRAIN = "BRAIN"
    POST_FOSSA = "POST_FOSSA"
