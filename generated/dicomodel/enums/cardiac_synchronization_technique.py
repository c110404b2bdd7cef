"""Enumerated Values and Defined Terms of Cardiac Synchronization Technique.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "CardiacSynchronizationTechnique",
    "CardiacSynchronizationTechniqueValue",
]


class CardiacSynchronizationTechnique(StrEnum):
    """Enumerated Values of Cardiac Synchronization Technique (0018,9037) in Cardiac Synchronization Module Attributes (C.7.6.18-1)."""

    NONE = "NONE"
    REALTIME = "REALTIME"
    """total time for the acquisition is shorter than cardiac cycle, no gating is applied"""
    PROSPECTIVE = "PROSPECTIVE"
    """certain thresholds have been set for a gating window that defines the acceptance of measurement data during the acquisition"""
    RETROSPECTIVE = "RETROSPECTIVE"
    """certain thresholds have been set for a gating window that defines the acceptance of measurement data after the acquisition"""
    PACED = "PACED"
    """there is a constant RR interval (e.g., Pacemaker), which makes thresholding not required"""


if TYPE_CHECKING:
    CardiacSynchronizationTechniqueValue: TypeAlias = (
        CardiacSynchronizationTechnique
        | Literal["NONE", "REALTIME", "PROSPECTIVE", "RETROSPECTIVE", "PACED"]
    )
else:
    CardiacSynchronizationTechniqueValue = CardiacSynchronizationTechnique
"""A value of CardiacSynchronizationTechnique: the enum or the string of one of its members."""
