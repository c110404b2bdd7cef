"""Item class XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DetectorActiveShape as DetectorActiveShape
from dicomodel.enums import DetectorConditionsNominalFlag as DetectorConditionsNominalFlag
from dicomodel.enums import DetectorConfigurationTerm as DetectorConfigurationTerm
from dicomodel.enums import DetectorTypeTerm as DetectorTypeTerm
from dicomodel.enums import FieldOfViewHorizontalFlip as FieldOfViewHorizontalFlip
from dicomodel.enums import FieldOfViewShape as FieldOfViewShape
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import XRayReceptorTypeXRay3DCraniofacialAcquisition as XRayReceptorType
from dicomodel.items import CodeSequenceItem as ContrastBolusAgentSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as SourceImageSequenceItem
from dicomodel.items import (
    XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition as XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition,
)
from dicomodel.items import (
    XRay3DGeneralPerProjectionAcquisitionItem as PerProjectionAcquisitionSequenceItem,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "ContrastBolusAgentSequenceItem",
    "DetectorActiveShape",
    "DetectorConditionsNominalFlag",
    "DetectorConfigurationTerm",
    "DetectorTypeTerm",
    "EquivalentCodeSequenceItem",
    "FieldOfViewHorizontalFlip",
    "FieldOfViewShape",
    "MappingResourceTerm",
    "PerProjectionAcquisitionSequenceItem",
    "SourceImageSequenceItem",
    "XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition",
    "XRayReceptorType",
]
