"""Item class HangingProtocolDefinitionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import LateralityHangingProtocolDefinition as Laterality
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ModalityTerm as ModalityTerm
from dicomodel.items import CodeSequenceItem as AnatomicRegionSequenceItem
from dicomodel.items import CodeSequenceItem as ProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    HangingProtocolDefinitionSequenceItem as HangingProtocolDefinitionSequenceItem,
)

__all__ = [
    "AnatomicRegionSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "HangingProtocolDefinitionSequenceItem",
    "Laterality",
    "MappingResourceTerm",
    "ModalityTerm",
    "ProcedureCodeSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
]
