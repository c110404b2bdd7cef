"""Item class FractionGroupSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AlternateBeamDoseType as AlternateBeamDoseType
from dicomodel.enums import BeamDoseMeaning as BeamDoseMeaning
from dicomodel.enums import BeamDoseType as BeamDoseType
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import (
    DoseCalibrationConditionsVerifiedFlag as DoseCalibrationConditionsVerifiedFlag,
)
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import (
    ContentItem as RadiationDeviceConfigurationAndCommissioningKeySequenceItem,
)
from dicomodel.items import (
    DoseCalibrationConditionsSequenceItem as DoseCalibrationConditionsSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import FractionGroupSequenceItem as FractionGroupSequenceItem
from dicomodel.items import ReferencedBeamSequenceItemRTFractionScheme as ReferencedBeamSequenceItem
from dicomodel.items import (
    ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme as ReferencedBrachyApplicationSetupSequenceItem,
)
from dicomodel.items import (
    ReferencedDoseReferenceSequenceItem as ReferencedDoseReferenceSequenceItem,
)
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as DefinitionSourceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedDoseSequenceItem

__all__ = [
    "AlternateBeamDoseType",
    "BeamDoseMeaning",
    "BeamDoseType",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DefinitionSourceSequenceItem",
    "DoseCalibrationConditionsSequenceItem",
    "DoseCalibrationConditionsVerifiedFlag",
    "EquivalentCodeSequenceItem",
    "FractionGroupSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "ReferencedBeamSequenceItem",
    "ReferencedBrachyApplicationSetupSequenceItem",
    "ReferencedDoseReferenceSequenceItem",
    "ReferencedDoseSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]
