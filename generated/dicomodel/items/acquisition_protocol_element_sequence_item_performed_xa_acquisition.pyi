"""Item class AcquisitionProtocolElementSequenceItemPerformedXAAcquisition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquiredSubtractionMaskFlag as AcquiredSubtractionMaskFlag
from dicomodel.enums import AcquiredSubtractionMaskFlagValue as _AcquiredSubtractionMaskFlagValue
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContentQualificationValue as _ContentQualificationValue
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import (
    ContrastBolusAutoInjectionTriggerFlag as ContrastBolusAutoInjectionTriggerFlag,
)
from dicomodel.enums import (
    ContrastBolusAutoInjectionTriggerFlagValue as _ContrastBolusAutoInjectionTriggerFlagValue,
)
from dicomodel.enums import ContrastBolusIngredientOpaque as ContrastBolusIngredientOpaque
from dicomodel.enums import (
    ContrastBolusIngredientOpaqueValue as _ContrastBolusIngredientOpaqueValue,
)
from dicomodel.enums import FilterTypeTerm as FilterTypeTerm
from dicomodel.enums import (
    FluoroscopyLastImageHoldPersistenceFlag as FluoroscopyLastImageHoldPersistenceFlag,
)
from dicomodel.enums import (
    FluoroscopyLastImageHoldPersistenceFlagValue as _FluoroscopyLastImageHoldPersistenceFlagValue,
)
from dicomodel.enums import FluoroscopyPersistenceFlag as FluoroscopyPersistenceFlag
from dicomodel.enums import FluoroscopyPersistenceFlagValue as _FluoroscopyPersistenceFlagValue
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import PlaneIdentificationTerm as PlaneIdentificationTerm
from dicomodel.enums import PlanesInAcquisition as PlanesInAcquisition
from dicomodel.enums import PlanesInAcquisitionValue as _PlanesInAcquisitionValue
from dicomodel.enums import RadiationSetting as RadiationSetting
from dicomodel.enums import RadiationSettingValue as _RadiationSettingValue
from dicomodel.items import (
    AcquisitionProtocolElementSequenceItemPerformedXAAcquisition as AcquisitionProtocolElementSequenceItemPerformedXAAcquisition,
)
from dicomodel.items import CodeSequenceItem as RequestedSeriesDescriptionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as _CodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as _ReferencedDefinedProtocolSequenceItem,
)
from dicomodel.items import (
    XAAcquisitionPhaseDetailsSequenceItem as XAAcquisitionPhaseDetailsSequenceItem,
)
from dicomodel.items import (
    XAAcquisitionPhaseDetailsSequenceItem as _XAAcquisitionPhaseDetailsSequenceItem,
)
from dicomodel.items import XAPlaneDetailsSequenceItem as XAPlaneDetailsSequenceItem
from dicomodel.items import XAPlaneDetailsSequenceItem as _XAPlaneDetailsSequenceItem
from dicomodel.items import XRayFilterDetailsSequenceItem as XRayFilterDetailsSequenceItem

__all__ = [
    "AcquiredSubtractionMaskFlag",
    "AcquisitionProtocolElementSequenceItemPerformedXAAcquisition",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "ContrastBolusAutoInjectionTriggerFlag",
    "ContrastBolusIngredientOpaque",
    "EquivalentCodeSequenceItem",
    "FilterTypeTerm",
    "FluoroscopyLastImageHoldPersistenceFlag",
    "FluoroscopyPersistenceFlag",
    "MappingResourceTerm",
    "PlaneIdentificationTerm",
    "PlanesInAcquisition",
    "RadiationSetting",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "RequestedSeriesDescriptionCodeSequenceItem",
    "XAAcquisitionPhaseDetailsSequenceItem",
    "XAPlaneDetailsSequenceItem",
    "XRayFilterDetailsSequenceItem",
]
