"""Item class ApplicationSetupSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicationSetupTypeTerm as ApplicationSetupTypeTerm
from dicomodel.enums import BrachyAccessoryDeviceTypeTerm as BrachyAccessoryDeviceTypeTerm
from dicomodel.enums import SourceApplicatorTypeTerm as SourceApplicatorTypeTerm
from dicomodel.enums import SourceMovementTypeTerm as SourceMovementTypeTerm
from dicomodel.items import ApplicationSetupSequenceItem as ApplicationSetupSequenceItem
from dicomodel.items import BrachyAccessoryDeviceSequenceItem as BrachyAccessoryDeviceSequenceItem
from dicomodel.items import BrachyControlPointSequenceItem as BrachyControlPointSequenceItem
from dicomodel.items import (
    BrachyReferencedDoseReferenceSequenceItem as BrachyReferencedDoseReferenceSequenceItem,
)
from dicomodel.items import ChannelSequenceItem as ChannelSequenceItem
from dicomodel.items import ChannelShieldSequenceItem as ChannelShieldSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedReferenceImageSequenceItem

__all__ = [
    "ApplicationSetupSequenceItem",
    "ApplicationSetupTypeTerm",
    "BrachyAccessoryDeviceSequenceItem",
    "BrachyAccessoryDeviceTypeTerm",
    "BrachyControlPointSequenceItem",
    "BrachyReferencedDoseReferenceSequenceItem",
    "ChannelSequenceItem",
    "ChannelShieldSequenceItem",
    "ReferencedReferenceImageSequenceItem",
    "SourceApplicatorTypeTerm",
    "SourceMovementTypeTerm",
]
