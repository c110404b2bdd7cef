"""Item class PulseSpecificBrachyControlPointDeliveredSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
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

__all__ = [
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
]
