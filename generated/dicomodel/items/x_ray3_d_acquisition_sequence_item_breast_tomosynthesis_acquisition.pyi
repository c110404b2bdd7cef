"""Item class XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnodeTargetMaterialTerm as AnodeTargetMaterialTerm
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import EntranceDoseDerivation as EntranceDoseDerivation
from dicomodel.enums import ExposureControlModeTerm as ExposureControlModeTerm
from dicomodel.enums import FieldOfViewHorizontalFlip as FieldOfViewHorizontalFlip
from dicomodel.enums import FieldOfViewShapeBreastTomosynthesisAcquisition as FieldOfViewShape
from dicomodel.enums import FilterTypeTerm as FilterTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import PositionerPrimaryAngleDirection as PositionerPrimaryAngleDirection
from dicomodel.enums import XRayReceptorTypeXRay3DCraniofacialAcquisition as XRayReceptorType
from dicomodel.items import CodeSequenceItem as ContrastBolusAgentSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as SourceImageSequenceItem
from dicomodel.items import (
    PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition as PerProjectionAcquisitionSequenceItem,
)
from dicomodel.items import (
    XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition as XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition,
)

__all__ = [
    "AnodeTargetMaterialTerm",
    "ContextGroupExtensionFlag",
    "ContrastBolusAgentSequenceItem",
    "EntranceDoseDerivation",
    "EquivalentCodeSequenceItem",
    "ExposureControlModeTerm",
    "FieldOfViewHorizontalFlip",
    "FieldOfViewShape",
    "FilterTypeTerm",
    "MappingResourceTerm",
    "PerProjectionAcquisitionSequenceItem",
    "PositionerPrimaryAngleDirection",
    "SourceImageSequenceItem",
    "XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition",
    "XRayReceptorType",
]
