"""Item class OmittedApplicationSetupSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ReasonForChannelOmissionTerm as ReasonForChannelOmissionTerm
from dicomodel.items import (
    OmittedApplicationSetupSequenceItem as OmittedApplicationSetupSequenceItem,
)
from dicomodel.items import OmittedChannelSequenceItem as OmittedChannelSequenceItem

__all__ = [
    "OmittedApplicationSetupSequenceItem",
    "OmittedChannelSequenceItem",
    "ReasonForChannelOmissionTerm",
]
