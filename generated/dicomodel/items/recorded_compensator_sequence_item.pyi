"""Item class RecordedCompensatorSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CompensatorTypeTerm as CompensatorTypeTerm
from dicomodel.items import RecordedCompensatorSequenceItem as RecordedCompensatorSequenceItem

__all__ = ["CompensatorTypeTerm", "RecordedCompensatorSequenceItem"]
