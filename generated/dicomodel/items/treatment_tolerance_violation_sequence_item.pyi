"""Item class TreatmentToleranceViolationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ObserverType as ObserverType
from dicomodel.enums import (
    TreatmentToleranceViolationCategoryTerm as TreatmentToleranceViolationCategoryTerm,
)
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as OrganizationalRoleCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as TreatmentToleranceViolationCauseCodeSequenceItem
from dicomodel.items import CodeSequenceItem as TreatmentToleranceViolationTypeCodeSequenceItem
from dicomodel.items import ContentItem as AlternateValueSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    ExtendedSelectorAttributeItem as TreatmentToleranceViolationAttributeSequenceItem,
)
from dicomodel.items import IdentifiedPersonOrDeviceItem as OperatorIdentificationSequenceItem
from dicomodel.items import OverrideSequenceItemRTRadiationRecordCommon as OverrideSequenceItem
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import (
    TreatmentToleranceViolationSequenceItem as TreatmentToleranceViolationSequenceItem,
)

__all__ = [
    "AlternateValueSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ObserverType",
    "OperatorIdentificationSequenceItem",
    "OrganizationalRoleCodeSequenceItem",
    "OverrideSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "TreatmentToleranceViolationAttributeSequenceItem",
    "TreatmentToleranceViolationCategoryTerm",
    "TreatmentToleranceViolationCauseCodeSequenceItem",
    "TreatmentToleranceViolationSequenceItem",
    "TreatmentToleranceViolationTypeCodeSequenceItem",
    "ValueType",
]
