"""Item class DeviceMotionControlSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeviceMotionExecutionMode as DeviceMotionExecutionMode
from dicomodel.enums import DeviceMotionObservationMode as DeviceMotionObservationMode
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as DeviceMotionParameterCodeSequenceItem
from dicomodel.items import DeviceMotionControlSequenceItem as DeviceMotionControlSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DeviceMotionControlSequenceItem",
    "DeviceMotionExecutionMode",
    "DeviceMotionObservationMode",
    "DeviceMotionParameterCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]
