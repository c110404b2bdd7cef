"""Item class RelatedAssertionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import RelatedAssertionSequenceItem as RelatedAssertionSequenceItem

__all__ = ["RelatedAssertionSequenceItem"]
