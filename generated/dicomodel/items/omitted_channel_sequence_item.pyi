"""Item class OmittedChannelSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ReasonForChannelOmissionTerm as ReasonForChannelOmissionTerm
from dicomodel.items import OmittedChannelSequenceItem as OmittedChannelSequenceItem

__all__ = ["OmittedChannelSequenceItem", "ReasonForChannelOmissionTerm"]
