"""Item class ASLBolusCutoffTimingSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ASLBolusCutoffTimingSequenceItem as ASLBolusCutoffTimingSequenceItem

__all__ = ["ASLBolusCutoffTimingSequenceItem"]
