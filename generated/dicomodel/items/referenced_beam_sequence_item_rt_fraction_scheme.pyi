"""Item class ReferencedBeamSequenceItemRTFractionScheme.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AlternateBeamDoseType as AlternateBeamDoseType
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
from dicomodel.items import (
    ReferencedBeamSequenceItemRTFractionScheme as ReferencedBeamSequenceItemRTFractionScheme,
)
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem

__all__ = [
    "AlternateBeamDoseType",
    "BeamDoseType",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DoseCalibrationConditionsSequenceItem",
    "DoseCalibrationConditionsVerifiedFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "ReferencedBeamSequenceItemRTFractionScheme",
    "ReferencedSOPSequenceItem",
    "ValueType",
]
