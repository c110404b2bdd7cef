"""Item class ChannelSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SourceApplicatorTypeTerm as SourceApplicatorTypeTerm
from dicomodel.enums import SourceMovementTypeTerm as SourceMovementTypeTerm
from dicomodel.items import BrachyControlPointSequenceItem as BrachyControlPointSequenceItem
from dicomodel.items import (
    BrachyReferencedDoseReferenceSequenceItem as BrachyReferencedDoseReferenceSequenceItem,
)
from dicomodel.items import ChannelSequenceItem as ChannelSequenceItem
from dicomodel.items import ChannelShieldSequenceItem as ChannelShieldSequenceItem

__all__ = [
    "BrachyControlPointSequenceItem",
    "BrachyReferencedDoseReferenceSequenceItem",
    "ChannelSequenceItem",
    "ChannelShieldSequenceItem",
    "SourceApplicatorTypeTerm",
    "SourceMovementTypeTerm",
]
