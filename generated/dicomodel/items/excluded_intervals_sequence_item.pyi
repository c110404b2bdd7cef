"""Item class ExcludedIntervalsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ExcludedIntervalsSequenceItem as ExcludedIntervalsSequenceItem

__all__ = ["ExcludedIntervalsSequenceItem"]
