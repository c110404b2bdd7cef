"""Item class MRArterialSpinLabelingSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ASLBolusCutoffFlag as ASLBolusCutoffFlag
from dicomodel.enums import ASLContext as ASLContext
from dicomodel.enums import ASLCrusherFlag as ASLCrusherFlag
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import AnatomicRegionSequenceItem as AnatomicRegionSequenceItem
from dicomodel.items import ASLBolusCutoffTimingSequenceItem as ASLBolusCutoffTimingSequenceItem
from dicomodel.items import ASLSlabSequenceItem as ASLSlabSequenceItem
from dicomodel.items import CodeSequenceItem as AnatomicRegionModifierSequenceItem
from dicomodel.items import CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import MRArterialSpinLabelingSequenceItem as MRArterialSpinLabelingSequenceItem
from dicomodel.items import (
    PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
)

__all__ = [
    "ASLBolusCutoffFlag",
    "ASLBolusCutoffTimingSequenceItem",
    "ASLContext",
    "ASLCrusherFlag",
    "ASLSlabSequenceItem",
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MRArterialSpinLabelingSequenceItem",
    "MappingResourceTerm",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
]
