"""Item class BeamSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import BeamSequenceItem as BeamSequenceItem

__all__ = ["BeamSequenceItem"]
