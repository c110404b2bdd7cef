"""Item class RecordedSourceApplicatorSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SourceApplicatorTypeTerm as SourceApplicatorTypeTerm
from dicomodel.items import (
    RecordedSourceApplicatorSequenceItem as RecordedSourceApplicatorSequenceItem,
)

__all__ = ["RecordedSourceApplicatorSequenceItem", "SourceApplicatorTypeTerm"]
