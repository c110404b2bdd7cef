"""Item class RespiratorySynchronizationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import EndingRespiratoryPhase as EndingRespiratoryPhase
from dicomodel.enums import StartingRespiratoryPhase as StartingRespiratoryPhase
from dicomodel.items import (
    RespiratorySynchronizationSequenceItem as RespiratorySynchronizationSequenceItem,
)

__all__ = [
    "EndingRespiratoryPhase",
    "RespiratorySynchronizationSequenceItem",
    "StartingRespiratoryPhase",
]
