"""Item class PrescriptionOverviewSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import PrescriptionOverviewSequenceItem as PrescriptionOverviewSequenceItem

__all__ = ["PrescriptionOverviewSequenceItem"]
