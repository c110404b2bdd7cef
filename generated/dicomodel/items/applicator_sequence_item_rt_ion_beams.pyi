"""Item class ApplicatorSequenceItemRTIonBeams.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicatorTypeTermRTIonBeams as ApplicatorTypeTerm
from dicomodel.items import ApplicatorSequenceItemRTIonBeams as ApplicatorSequenceItemRTIonBeams

__all__ = ["ApplicatorSequenceItemRTIonBeams", "ApplicatorTypeTerm"]
