"""Item class ReferencedRTPlanSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import BeamSequenceItem as BeamSequenceItem
from dicomodel.items import ReferencedRTPlanSequenceItem as ReferencedRTPlanSequenceItem

__all__ = ["BeamSequenceItem", "ReferencedRTPlanSequenceItem"]
