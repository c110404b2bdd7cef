"""Item class MRArterialSpinLabelingSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.asl_bolus_cutoff_flag import (
        ASLBolusCutoffFlagValue as _ASLBolusCutoffFlagValue,
    )
    from dicomodel.enums.asl_context import ASLContextValue as _ASLContextValue
    from dicomodel.enums.asl_crusher_flag import ASLCrusherFlagValue as _ASLCrusherFlagValue
    from dicomodel.items.asl_bolus_cutoff_timing_sequence_item import (
        ASLBolusCutoffTimingSequenceItem as _ASLBolusCutoffTimingSequenceItem,
    )
    from dicomodel.items.asl_slab_sequence_item import ASLSlabSequenceItem as _ASLSlabSequenceItem
else:
    from dicomodel.lazy import Lazy

    _ASLBolusCutoffFlagValue = Lazy(
        "dicomodel.enums.asl_bolus_cutoff_flag", "ASLBolusCutoffFlagValue"
    )
    _ASLBolusCutoffTimingSequenceItem = Lazy(
        "dicomodel.items.asl_bolus_cutoff_timing_sequence_item", "ASLBolusCutoffTimingSequenceItem"
    )
    _ASLContextValue = Lazy("dicomodel.enums.asl_context", "ASLContextValue")
    _ASLCrusherFlagValue = Lazy("dicomodel.enums.asl_crusher_flag", "ASLCrusherFlagValue")
    _ASLSlabSequenceItem = Lazy("dicomodel.items.asl_slab_sequence_item", "ASLSlabSequenceItem")

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
    "MRArterialSpinLabelingSequenceItem",
    "MappingResourceTerm",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
]


class MRArterialSpinLabelingSequenceItem(DicomModel):
    """An item of MR Arterial Spin Labeling Sequence (0018,9251), as first defined in MR Arterial Spin Labeling Macro Attributes (C.8-100b)."""

    dicom_name: ClassVar[str] = "MR Arterial Spin Labeling Sequence"
    dicom_table: ClassVar[str] = "table_C.8-100b"

    ASLTechniqueDescription: Annotated[
        vr.LO | None, Attribute(0x00189252, "LO", "1", "2", name="ASL Technique Description")
    ]
    """ASL Technique Description (0018,9252): Type 2, VR LO, VM 1. Text describing the used labeling technique in more detail."""

    ASLContext: Annotated[
        _ASLContextValue | None,
        Attribute(
            0x00189257,
            "CS",
            "1",
            "1C",
            name="ASL Context",
            enumerated=((0, ("LABEL", "CONTROL", "M_ZERO_SCAN")),),
            when=("value", 0x00089007, 0, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """ASL Context (0018,9257): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) is ORIGINAL. May be present otherwise. The purpose of the Arterial Spin Labeling. Enumerated Values: LABEL CONTROL M_ZERO_SCAN Required if Frame Type (0008,9007) is ORIGINAL. May be present otherwise. See Section C.8.13.5.14.1 for further explanation."""

    ASLSlabSequence: Annotated[
        list[_ASLSlabSequenceItem] | None,
        Attribute(
            0x00189260,
            "SQ",
            "1",
            "1C",
            name="ASL Slab Sequence",
            when=("value", 0x00189257, 0, "in", ("CONTROL", "LABEL")),
            otherwise="may",
        ),
    ] = None
    """ASL Slab Sequence (0018,9260): Type 1C, VR SQ, VM 1. Required if ASL Context (0018,9257) is CONTROL or LABEL. May be present otherwise. Sequence describing the ASL Slab geometry and anatomical region. One or more Items shall be included in this Sequence. Required if ASL Context (0018,9257) is CONTROL or LABEL. May be present otherwise."""

    ASLCrusherFlag: Annotated[
        _ASLCrusherFlagValue,
        Attribute(
            0x00189259, "CS", "1", "1", name="ASL Crusher Flag", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """ASL Crusher Flag (0018,9259): Type 1, VR CS, VM 1. Indicates if an ASL Crusher Method has been used. Enumerated Values: YES NO See Section C.8.13.5.14.2 for further explanation."""

    ASLCrusherFlowLimit: Annotated[
        vr.FD | None,
        Attribute(
            0x0018925A,
            "FD",
            "1",
            "1C",
            name="ASL Crusher Flow Limit",
            when=("value", 0x00189259, 0, "in", ("YES",)),
        ),
    ] = None
    """ASL Crusher Flow Limit (0018,925A): Type 1C, VR FD, VM 1. Required if ASL Crusher Flag (0018,9259) is YES. Maximum Flow Limit (in cm/s). Required if ASL Crusher Flag (0018,9259) is YES."""

    ASLCrusherDescription: Annotated[
        vr.LO | None,
        Attribute(
            0x0018925B,
            "LO",
            "1",
            "1C",
            name="ASL Crusher Description",
            when=("value", 0x00189259, 0, "in", ("YES",)),
        ),
    ] = None
    """ASL Crusher Description (0018,925B): Type 1C, VR LO, VM 1. Required if ASL Crusher Flag (0018,9259) is YES. Description of the ASL Crusher Method. Required if ASL Crusher Flag (0018,9259) is YES."""

    ASLBolusCutoffFlag: Annotated[
        _ASLBolusCutoffFlagValue,
        Attribute(
            0x0018925C,
            "CS",
            "1",
            "1",
            name="ASL Bolus Cut-off Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """ASL Bolus Cut-off Flag (0018,925C): Type 1, VR CS, VM 1. Indicates if a Bolus Cut-off technique is used. Enumerated Values: YES NO"""

    ASLBolusCutoffTimingSequence: Annotated[
        list[_ASLBolusCutoffTimingSequenceItem] | None,
        Attribute(
            0x0018925D,
            "SQ",
            "1",
            "1C",
            name="ASL Bolus Cut-off Timing Sequence",
            when=("value", 0x0018925C, 0, "in", ("YES",)),
        ),
    ] = None
    """ASL Bolus Cut-off Timing Sequence (0018,925D): Type 1C, VR SQ, VM 1. Required if ASL Bolus Cut-off Flag (0018,925C) is YES. Sequence that specifies the timing of the Bolus Cut-off technique and possibly its (scientific) description. Only a single Item shall be included in this Sequence. Required if ASL Bolus Cut-off Flag (0018,925C) is YES."""


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
