"""Item class AcquisitionProtocolElementSequenceItemPerformedXAAcquisition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AcquiredSubtractionMaskFlag as AcquiredSubtractionMaskFlag
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import (
    ContrastBolusAutoInjectionTriggerFlag as ContrastBolusAutoInjectionTriggerFlag,
)
from dicomodel.enums import ContrastBolusIngredientOpaque as ContrastBolusIngredientOpaque
from dicomodel.enums import FilterTypeTerm as FilterTypeTerm
from dicomodel.enums import (
    FluoroscopyLastImageHoldPersistenceFlag as FluoroscopyLastImageHoldPersistenceFlag,
)
from dicomodel.enums import FluoroscopyPersistenceFlag as FluoroscopyPersistenceFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import PlaneIdentificationTerm as PlaneIdentificationTerm
from dicomodel.enums import PlanesInAcquisition as PlanesInAcquisition
from dicomodel.enums import RadiationSetting as RadiationSetting
from dicomodel.items import (
    AcquisitionProtocolElementSequenceItemPerformedXAAcquisition as AcquisitionProtocolElementSequenceItemPerformedXAAcquisition,
)
from dicomodel.items import CodeSequenceItem as RequestedSeriesDescriptionCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
)
from dicomodel.items import (
    XAAcquisitionPhaseDetailsSequenceItem as XAAcquisitionPhaseDetailsSequenceItem,
)
from dicomodel.items import XAPlaneDetailsSequenceItem as XAPlaneDetailsSequenceItem
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
