"""Item class SourceWaveformSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import SourceWaveformSequenceItem as SourceWaveformSequenceItem

__all__ = ["SourceWaveformSequenceItem"]
