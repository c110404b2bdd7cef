"""Item class OverrideSequenceItemRTIonBeamsSessionRecord.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    OverrideSequenceItemRTIonBeamsSessionRecord as OverrideSequenceItemRTIonBeamsSessionRecord,
)
from dicomodel.items import PersonIdentificationItem as OperatorIdentificationSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "OverrideSequenceItemRTIonBeamsSessionRecord",
    "PersonIdentificationCodeSequenceItem",
]
