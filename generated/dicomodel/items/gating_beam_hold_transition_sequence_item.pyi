"""Item class GatingBeamHoldTransitionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BeamHoldTransition as BeamHoldTransition
from dicomodel.enums import BeamHoldTransitionTriggerSource as BeamHoldTransitionTriggerSource
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import DeviceIdentificationItem as BeamHoldOriginatingDeviceSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    GatingBeamHoldTransitionSequenceItem as GatingBeamHoldTransitionSequenceItem,
)
from dicomodel.items import UDIItem as UDISequenceItem

__all__ = [
    "BeamHoldOriginatingDeviceSequenceItem",
    "BeamHoldTransition",
    "BeamHoldTransitionTriggerSource",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "GatingBeamHoldTransitionSequenceItem",
    "MappingResourceTerm",
    "UDISequenceItem",
]
