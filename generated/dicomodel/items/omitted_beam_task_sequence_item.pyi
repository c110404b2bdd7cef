"""Item class OmittedBeamTaskSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ReasonForOmissionTerm as ReasonForOmissionTerm
from dicomodel.items import OmittedBeamTaskSequenceItem as OmittedBeamTaskSequenceItem

__all__ = ["OmittedBeamTaskSequenceItem", "ReasonForOmissionTerm"]
