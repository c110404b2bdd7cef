"""Item class ReferencedSOPSequenceItemWaveformReference.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedSOPSequenceItemWaveformReference as ReferencedSOPSequenceItemWaveformReference,
)

__all__ = ["ReferencedSOPSequenceItemWaveformReference"]
