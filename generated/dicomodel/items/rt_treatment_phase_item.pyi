"""Item class RTTreatmentPhaseItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import RTTreatmentPhaseItem as RTTreatmentPhaseItem

__all__ = ["RTTreatmentPhaseItem"]
