"""Item class MultienergyCTAcquisitionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import FilterTypeTermCTXRayDetails as FilterTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import MultienergyDetectorTypeTerm as MultienergyDetectorTypeTerm
from dicomodel.enums import MultienergySourceTechniqueTerm as MultienergySourceTechniqueTerm
from dicomodel.enums import RotationDirection as RotationDirection
from dicomodel.items import CodeSequenceItem as CTDIPhantomTypeCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItem as WaterEquivalentDiameterCalculationMethodCodeSequenceItem,
)
from dicomodel.items import CTAcquisitionDetailsSequenceItem as CTAcquisitionDetailsSequenceItem
from dicomodel.items import CTExposureSequenceItem as CTExposureSequenceItem
from dicomodel.items import CTGeometrySequenceItem as CTGeometrySequenceItem
from dicomodel.items import CTXRayDetailsSequenceItem as CTXRayDetailsSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    MultienergyCTAcquisitionSequenceItem as MultienergyCTAcquisitionSequenceItem,
)
from dicomodel.items import MultienergyCTPathSequenceItem as MultienergyCTPathSequenceItem
from dicomodel.items import (
    MultienergyCTXRayDetectorSequenceItem as MultienergyCTXRayDetectorSequenceItem,
)
from dicomodel.items import (
    MultienergyCTXRaySourceSequenceItem as MultienergyCTXRaySourceSequenceItem,
)

__all__ = [
    "CTAcquisitionDetailsSequenceItem",
    "CTDIPhantomTypeCodeSequenceItem",
    "CTExposureSequenceItem",
    "CTGeometrySequenceItem",
    "CTXRayDetailsSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FilterTypeTerm",
    "MappingResourceTerm",
    "MultienergyCTAcquisitionSequenceItem",
    "MultienergyCTPathSequenceItem",
    "MultienergyCTXRayDetectorSequenceItem",
    "MultienergyCTXRaySourceSequenceItem",
    "MultienergyDetectorTypeTerm",
    "MultienergySourceTechniqueTerm",
    "RotationDirection",
    "WaterEquivalentDiameterCalculationMethodCodeSequenceItem",
]
