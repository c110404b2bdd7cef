"""Item class RecordedChannelSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import SourceApplicatorTypeTerm as SourceApplicatorTypeTerm
from dicomodel.enums import SourceMovementTypeTerm as SourceMovementTypeTerm
from dicomodel.items import (
    BrachyControlPointDeliveredSequenceItem as BrachyControlPointDeliveredSequenceItem,
)
from dicomodel.items import (
    BrachyControlPointDeliveredSequenceItem as BrachyPulseControlPointDeliveredSequenceItem,
)
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import OverrideSequenceItemRTBrachySessionRecord as OverrideSequenceItem
from dicomodel.items import PersonIdentificationItem as OperatorIdentificationSequenceItem
from dicomodel.items import (
    PulseSpecificBrachyControlPointDeliveredSequenceItem as PulseSpecificBrachyControlPointDeliveredSequenceItem,
)
from dicomodel.items import RecordedChannelSequenceItem as RecordedChannelSequenceItem
from dicomodel.items import RecordedChannelShieldSequenceItem as RecordedChannelShieldSequenceItem
from dicomodel.items import (
    RecordedSourceApplicatorSequenceItem as RecordedSourceApplicatorSequenceItem,
)
from dicomodel.items import (
    ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord2 as ReferencedCalculatedDoseReferenceSequenceItem,
)
from dicomodel.items import (
    ReferencedMeasuredDoseReferenceSequenceItem as ReferencedMeasuredDoseReferenceSequenceItem,
)

__all__ = [
    "BrachyControlPointDeliveredSequenceItem",
    "BrachyPulseControlPointDeliveredSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "OverrideSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PulseSpecificBrachyControlPointDeliveredSequenceItem",
    "RecordedChannelSequenceItem",
    "RecordedChannelShieldSequenceItem",
    "RecordedSourceApplicatorSequenceItem",
    "ReferencedCalculatedDoseReferenceSequenceItem",
    "ReferencedMeasuredDoseReferenceSequenceItem",
    "SourceApplicatorTypeTerm",
    "SourceMovementTypeTerm",
]
