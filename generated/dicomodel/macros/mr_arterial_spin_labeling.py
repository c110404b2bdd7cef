"""MR Arterial Spin Labeling Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mr_arterial_spin_labeling_sequence_item import (
        MRArterialSpinLabelingSequenceItem as _MRArterialSpinLabelingSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MRArterialSpinLabelingSequenceItem = Lazy(
        "dicomodel.items.mr_arterial_spin_labeling_sequence_item",
        "MRArterialSpinLabelingSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.asl_bolus_cutoff_flag import ASLBolusCutoffFlag as ASLBolusCutoffFlag
    from dicomodel.enums.asl_context import ASLContext as ASLContext
    from dicomodel.enums.asl_crusher_flag import ASLCrusherFlag as ASLCrusherFlag
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.asl_bolus_cutoff_timing_sequence_item import (
        ASLBolusCutoffTimingSequenceItem as ASLBolusCutoffTimingSequenceItem,
    )
    from dicomodel.items.asl_slab_sequence_item import ASLSlabSequenceItem as ASLSlabSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.mr_arterial_spin_labeling_sequence_item import (
        MRArterialSpinLabelingSequenceItem as MRArterialSpinLabelingSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
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
    "MRArterialSpinLabelingMacro",
    "MRArterialSpinLabelingSequenceItem",
    "MappingResourceTerm",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
]


class MRArterialSpinLabelingMacro(DicomModel):
    """MR Arterial Spin Labeling Macro Attributes (PS3.3 Table C.8-100b)."""

    dicom_name: ClassVar[str] = "MR Arterial Spin Labeling"
    dicom_table: ClassVar[str] = "table_C.8-100b"

    MRArterialSpinLabelingSequence: Annotated[
        list[_MRArterialSpinLabelingSequenceItem],
        Attribute(0x00189251, "SQ", "1", "1", name="MR Arterial Spin Labeling Sequence"),
    ]
    """MR Arterial Spin Labeling Sequence (0018,9251): Type 1, VR SQ, VM 1. A Sequence that provides the position of Arterial Spin Labeling regions deposited as part of the pulse sequence. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ASLBolusCutoffFlag": ("dicomodel.enums.asl_bolus_cutoff_flag", "ASLBolusCutoffFlag"),
    "ASLBolusCutoffTimingSequenceItem": (
        "dicomodel.items.asl_bolus_cutoff_timing_sequence_item",
        "ASLBolusCutoffTimingSequenceItem",
    ),
    "ASLContext": ("dicomodel.enums.asl_context", "ASLContext"),
    "ASLCrusherFlag": ("dicomodel.enums.asl_crusher_flag", "ASLCrusherFlag"),
    "ASLSlabSequenceItem": ("dicomodel.items.asl_slab_sequence_item", "ASLSlabSequenceItem"),
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MRArterialSpinLabelingSequenceItem": (
        "dicomodel.items.mr_arterial_spin_labeling_sequence_item",
        "MRArterialSpinLabelingSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
