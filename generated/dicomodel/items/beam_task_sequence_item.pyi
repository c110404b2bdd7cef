"""Item class BeamTaskSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AutosequenceFlag as AutosequenceFlag
from dicomodel.enums import BeamTaskType as BeamTaskType
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeviceMotionExecutionMode as DeviceMotionExecutionMode
from dicomodel.enums import DeviceMotionObservationMode as DeviceMotionObservationMode
from dicomodel.enums import DoubleExposureFlag as DoubleExposureFlag
from dicomodel.enums import DoubleExposureOrderingTerm as DoubleExposureOrderingTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import PrimaryDosimeterUnitRTBeamsDeliveryInstruction as PrimaryDosimeterUnit
from dicomodel.enums import TreatmentDeliveryType as TreatmentDeliveryType
from dicomodel.enums import VerificationImageTiming as VerificationImageTiming
from dicomodel.items import BeamTaskSequenceItem as BeamTaskSequenceItem
from dicomodel.items import CodeSequenceItem as DeviceMotionParameterCodeSequenceItem
from dicomodel.items import (
    DeliveryVerificationImageSequenceItem as DeliveryVerificationImageSequenceItem,
)
from dicomodel.items import DeviceMotionControlSequenceItem as DeviceMotionControlSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as RelatedReferenceRTImageSequenceItem

__all__ = [
    "AutosequenceFlag",
    "BeamTaskSequenceItem",
    "BeamTaskType",
    "ContextGroupExtensionFlag",
    "DeliveryVerificationImageSequenceItem",
    "DeviceMotionControlSequenceItem",
    "DeviceMotionExecutionMode",
    "DeviceMotionObservationMode",
    "DeviceMotionParameterCodeSequenceItem",
    "DoubleExposureFlag",
    "DoubleExposureOrderingTerm",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PrimaryDosimeterUnit",
    "RelatedReferenceRTImageSequenceItem",
    "TreatmentDeliveryType",
    "VerificationImageTiming",
]
