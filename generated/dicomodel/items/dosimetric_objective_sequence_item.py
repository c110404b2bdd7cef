"""Item class DosimetricObjectiveSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.absolute_dosimetric_objective_flag import (
        AbsoluteDosimetricObjectiveFlagValue as _AbsoluteDosimetricObjectiveFlagValue,
    )
    from dicomodel.enums.dosimetric_objective_evaluation_scope import (
        DosimetricObjectiveEvaluationScopeValue as _DosimetricObjectiveEvaluationScopeValue,
    )
    from dicomodel.enums.dosimetric_objective_purpose import (
        DosimetricObjectivePurposeValue as _DosimetricObjectivePurposeValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.dosimetric_objective_parameter_sequence_item import (
        DosimetricObjectiveParameterSequenceItem as _DosimetricObjectiveParameterSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AbsoluteDosimetricObjectiveFlagValue = Lazy(
        "dicomodel.enums.absolute_dosimetric_objective_flag", "AbsoluteDosimetricObjectiveFlagValue"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DosimetricObjectiveEvaluationScopeValue = Lazy(
        "dicomodel.enums.dosimetric_objective_evaluation_scope",
        "DosimetricObjectiveEvaluationScopeValue",
    )
    _DosimetricObjectiveParameterSequenceItem = Lazy(
        "dicomodel.items.dosimetric_objective_parameter_sequence_item",
        "DosimetricObjectiveParameterSequenceItem",
    )
    _DosimetricObjectivePurposeValue = Lazy(
        "dicomodel.enums.dosimetric_objective_purpose", "DosimetricObjectivePurposeValue"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.absolute_dosimetric_objective_flag import (
        AbsoluteDosimetricObjectiveFlag as AbsoluteDosimetricObjectiveFlag,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.dosimetric_objective_evaluation_scope import (
        DosimetricObjectiveEvaluationScope as DosimetricObjectiveEvaluationScope,
    )
    from dicomodel.enums.dosimetric_objective_purpose import (
        DosimetricObjectivePurpose as DosimetricObjectivePurpose,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.radiobiological_dose_effect_flag import (
        RadiobiologicalDoseEffectFlag as RadiobiologicalDoseEffectFlag,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DosimetricObjectiveTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as EffectiveDoseCalculationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.dosimetric_objective_parameter_sequence_item import (
        DosimetricObjectiveParameterSequenceItem as DosimetricObjectiveParameterSequenceItem,
    )
    from dicomodel.items.effective_dose_calculation_method_category_code_sequence_item import (
        EffectiveDoseCalculationMethodCategoryCodeSequenceItem as EffectiveDoseCalculationMethodCategoryCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.radiobiological_dose_effect_description_item import (
        RadiobiologicalDoseEffectDescriptionItem as RadiobiologicalDoseEffectSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem,
    )

__all__ = [
    "AbsoluteDosimetricObjectiveFlag",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DosimetricObjectiveEvaluationScope",
    "DosimetricObjectiveParameterSequenceItem",
    "DosimetricObjectivePurpose",
    "DosimetricObjectiveSequenceItem",
    "DosimetricObjectiveTypeCodeSequenceItem",
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    "EffectiveDoseCalculationMethodCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "RadiobiologicalDoseEffectFlag",
    "RadiobiologicalDoseEffectSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class DosimetricObjectiveSequenceItem(DicomModel):
    """An item of Dosimetric Objective Sequence (3010,006C), as first defined in RT Enhanced Prescription Module Attributes (C.36.6-1)."""

    dicom_name: ClassVar[str] = "Dosimetric Objective Sequence"
    dicom_table: ClassVar[str] = "table_C.36.6-1"

    DosimetricObjectiveUID: Annotated[
        vr.UI, Attribute(0x3010006E, "UI", "1", "1", name="Dosimetric Objective UID")
    ]
    """Dosimetric Objective UID (3010,006E): Type 1, VR UI, VM 1. A UID by which this Dosimetric Objective can be referenced. See Section C.36.2.1.4.1.1."""

    OriginatingSOPInstanceReferenceSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x30100007,
            "SQ",
            "1",
            "1C",
            name="Originating SOP Instance Reference Sequence",
            when=("unknown", "depends on where the UID was issued"),
        ),
    ] = None
    """Originating SOP Instance Reference Sequence (3010,0007): Type 1C, VR SQ, VM 1. Required when the Dosimetric Objective UID (3010,0948) was not issued in the current SOP Instance, but read from another SOP Instance.. Reference to the SOP Instance that contains the original definition of this Dosimetric Objective identified by Dosimetric Objective UID (3010,006E)."""

    DosimetricObjectiveTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x3010006D, "SQ", "1", "1", name="Dosimetric Objective Type Code Sequence"),
    ]
    """Dosimetric Objective Type Code Sequence (3010,006D): Type 1, VR SQ, VM 1. The type of dose objective which this Item represents. Only a single Item shall be included in this Sequence."""

    DosimetricObjectiveParameterSequence: Annotated[
        list[_DosimetricObjectiveParameterSequenceItem] | None,
        Attribute(0x30100070, "SQ", "1", "2", name="Dosimetric Objective Parameter Sequence"),
    ]
    """Dosimetric Objective Parameter Sequence (3010,0070): Type 2, VR SQ, VM 1. Parameters for the objective identified in Dosimetric Objective Type Code Sequence (3010,006D). Zero or more Items shall be included in this Sequence. See Section C.36.2.1.4.1.2."""

    AbsoluteDosimetricObjectiveFlag: Annotated[
        _AbsoluteDosimetricObjectiveFlagValue,
        Attribute(
            0x30100073,
            "CS",
            "1",
            "1",
            name="Absolute Dosimetric Objective Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Absolute Dosimetric Objective Flag (3010,0073): Type 1, VR CS, VM 1. Whether the objective must be met by the resulting Radiotherapy treatment plan. Enumerated Values: YES Objective must be met. NO Objective should be met but may be compromised."""

    DosimetricObjectivePurpose: Annotated[
        _DosimetricObjectivePurposeValue | None,
        Attribute(
            0x30100075,
            "CS",
            "1",
            "2",
            name="Dosimetric Objective Purpose",
            enumerated=((0, ("OPTIMIZATION", "EVALUATION", "BOTH")),),
        ),
    ]
    """Dosimetric Objective Purpose (3010,0075): Type 2, VR CS, VM 1. The purpose for which the objective is to be used. Enumerated Values: OPTIMIZATION Used as an input to the optimization process. EVALUATION Used as a tool for evaluation."""

    ReferencedConceptualVolumeUID: Annotated[
        vr.UI | None,
        Attribute(
            0x3010000B,
            "UI",
            "1",
            "1C",
            name="Referenced Conceptual Volume UID",
            when=(
                "unknown",
                "names no attribute: the Dosimetric Objective applies to a specific anatomy",
            ),
        ),
    ] = None
    """Referenced Conceptual Volume UID (3010,000B): Type 1C, VR UI, VM 1. Required if the Dosimetric Objective applies to a specific anatomy. The UID of the Conceptual Volume in the RT Anatomic Prescription Sequence (3010,0060) to which this Dosimetric Objective applies. Required if the Dosimetric Objective applies to a specific anatomy."""

    DosimetricObjectiveEvaluationScope: Annotated[
        _DosimetricObjectiveEvaluationScopeValue,
        Attribute(
            0x30100063,
            "CS",
            "1",
            "1",
            name="Dosimetric Objective Evaluation Scope",
            enumerated=((0, ("CURRENT", "LIFETIME")),),
        ),
    ]
    """Dosimetric Objective Evaluation Scope (3010,0063): Type 1, VR CS, VM 1. Whether the Dosimetric Objective is intended to be evaluated over a lifetime scope or only in respect to the current prescriptions. Enumerated Values: CURRENT The Dosimetric Objective applies to the referencing prescriptions."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AbsoluteDosimetricObjectiveFlag": (
        "dicomodel.enums.absolute_dosimetric_objective_flag",
        "AbsoluteDosimetricObjectiveFlag",
    ),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DosimetricObjectiveEvaluationScope": (
        "dicomodel.enums.dosimetric_objective_evaluation_scope",
        "DosimetricObjectiveEvaluationScope",
    ),
    "DosimetricObjectiveParameterSequenceItem": (
        "dicomodel.items.dosimetric_objective_parameter_sequence_item",
        "DosimetricObjectiveParameterSequenceItem",
    ),
    "DosimetricObjectivePurpose": (
        "dicomodel.enums.dosimetric_objective_purpose",
        "DosimetricObjectivePurpose",
    ),
    "DosimetricObjectiveTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "EffectiveDoseCalculationMethodCategoryCodeSequenceItem": (
        "dicomodel.items.effective_dose_calculation_method_category_code_sequence_item",
        "EffectiveDoseCalculationMethodCategoryCodeSequenceItem",
    ),
    "EffectiveDoseCalculationMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "OriginatingSOPInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "RadiobiologicalDoseEffectFlag": (
        "dicomodel.enums.radiobiological_dose_effect_flag",
        "RadiobiologicalDoseEffectFlag",
    ),
    "RadiobiologicalDoseEffectSequenceItem": (
        "dicomodel.items.radiobiological_dose_effect_description_item",
        "RadiobiologicalDoseEffectDescriptionItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
