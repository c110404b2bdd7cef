"""Item class ScheduledProcedureStepSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnatomicalOrientationType as AnatomicalOrientationType
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ModalityTerm as ModalityTerm
from dicomodel.enums import ScheduledProcedureStepStatusTerm as ScheduledProcedureStepStatusTerm
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import ContentItem as ContentItemModifierSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    PersonIdentificationItem as ScheduledPerformingPhysicianIdentificationSequenceItem,
)
from dicomodel.items import (
    ProtocolContextSequenceItemScheduledProcedureStep as ProtocolContextSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItemScheduledProcedureStep as ReferencedDefinedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItemScheduledProcedureStep as ReferencedPerformedProtocolSequenceItem,
)
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import ScheduledProcedureStepSequenceItem as ScheduledProcedureStepSequenceItem
from dicomodel.items import (
    ScheduledProtocolCodeSequenceItemScheduledProcedureStep as ScheduledProtocolCodeSequenceItem,
)

__all__ = [
    "AnatomicalOrientationType",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModalityTerm",
    "PersonIdentificationCodeSequenceItem",
    "ProtocolContextSequenceItem",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "ReferencedSOPSequenceItem",
    "ScheduledPerformingPhysicianIdentificationSequenceItem",
    "ScheduledProcedureStepSequenceItem",
    "ScheduledProcedureStepStatusTerm",
    "ScheduledProtocolCodeSequenceItem",
    "ValueType",
]
