"""Item class FrameContentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CardiacCyclePositionTerm as CardiacCyclePositionTerm
from dicomodel.enums import RespiratoryCyclePositionTerm as RespiratoryCyclePositionTerm
from dicomodel.items import FrameContentSequenceItem as FrameContentSequenceItem

__all__ = ["CardiacCyclePositionTerm", "FrameContentSequenceItem", "RespiratoryCyclePositionTerm"]
