"""Item class AcquisitionProtocolElementSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquisitionMotionTerm as AcquisitionMotionTerm
from dicomodel.enums import AcquisitionTypeTerm as AcquisitionTypeTerm
from dicomodel.enums import AutoKVPSelectionTypeTerm as AutoKVPSelectionTypeTerm
from dicomodel.enums import CardiacBeatRejectionTechniqueTerm as CardiacBeatRejectionTechniqueTerm
from dicomodel.enums import CardiacFramingTypeTerm as CardiacFramingTypeTerm
from dicomodel.enums import CardiacSignalSourceTermPerformedCTAcquisition as CardiacSignalSourceTerm
from dicomodel.enums import CardiacSynchronizationTechnique as CardiacSynchronizationTechnique
from dicomodel.enums import ConstantVolumeFlag as ConstantVolumeFlag
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import FilterTypeTermPerformedCTAcquisition as FilterTypeTerm
from dicomodel.enums import FluoroscopyFlag as FluoroscopyFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import OffsetDirection as OffsetDirection
from dicomodel.enums import (
    RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition as RespiratoryMotionCompensationTechniqueTerm,
)
from dicomodel.enums import (
    RespiratorySignalSourceTermPerformedCTAcquisition as RespiratorySignalSourceTerm,
)
from dicomodel.enums import RespiratoryTriggerTypeTerm as RespiratoryTriggerTypeTerm
from dicomodel.items import (
    AcquisitionProtocolElementSequenceItem as AcquisitionProtocolElementSequenceItem,
)
from dicomodel.items import CodeSequenceItem as CTDIPhantomTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReferenceBasisCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReferenceGeometryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestedSeriesDescriptionCodeSequenceItem
from dicomodel.items import (
    CTXRayDetailsSequenceItemPerformedCTAcquisition as CTXRayDetailsSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ReferenceLocationItem as AcquisitionEndLocationSequenceItem
from dicomodel.items import ReferenceLocationItem as AcquisitionStartLocationSequenceItem

__all__ = [
    "AcquisitionEndLocationSequenceItem",
    "AcquisitionMotionTerm",
    "AcquisitionProtocolElementSequenceItem",
    "AcquisitionStartLocationSequenceItem",
    "AcquisitionTypeTerm",
    "AutoKVPSelectionTypeTerm",
    "CTDIPhantomTypeCodeSequenceItem",
    "CTXRayDetailsSequenceItem",
    "CardiacBeatRejectionTechniqueTerm",
    "CardiacFramingTypeTerm",
    "CardiacSignalSourceTerm",
    "CardiacSynchronizationTechnique",
    "ConstantVolumeFlag",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FilterTypeTerm",
    "FluoroscopyFlag",
    "MappingResourceTerm",
    "OffsetDirection",
    "ReferenceBasisCodeSequenceItem",
    "ReferenceGeometryCodeSequenceItem",
    "RequestedSeriesDescriptionCodeSequenceItem",
    "RespiratoryMotionCompensationTechniqueTerm",
    "RespiratorySignalSourceTerm",
    "RespiratoryTriggerTypeTerm",
]
