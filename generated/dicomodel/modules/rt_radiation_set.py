"""RT Radiation Set Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.rt_radiation_set_intent import (
        RTRadiationSetIntentTerm as _RTRadiationSetIntentTerm,
    )
    from dicomodel.items.fraction_pattern_sequence_item import (
        FractionPatternSequenceItem as _FractionPatternSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
    from dicomodel.items.referenced_rt_physician_intent_sequence_item import (
        ReferencedRTPhysicianIntentSequenceItem as _ReferencedRTPhysicianIntentSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
    from dicomodel.items.treatment_position_group_sequence_item_rt_radiation_set import (
        TreatmentPositionGroupSequenceItemRTRadiationSet as _TreatmentPositionGroupSequenceItemRTRadiationSet,
    )
else:
    from dicomodel.lazy import Lazy

    _FractionPatternSequenceItem = Lazy(
        "dicomodel.items.fraction_pattern_sequence_item", "FractionPatternSequenceItem"
    )
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _RTRadiationSetIntentTerm = Lazy(
        "dicomodel.enums.rt_radiation_set_intent", "RTRadiationSetIntentTerm"
    )
    _ReferencedRTPhysicianIntentSequenceItem = Lazy(
        "dicomodel.items.referenced_rt_physician_intent_sequence_item",
        "ReferencedRTPhysicianIntentSequenceItem",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _TreatmentPositionGroupSequenceItemRTRadiationSet = Lazy(
        "dicomodel.items.treatment_position_group_sequence_item_rt_radiation_set",
        "TreatmentPositionGroupSequenceItemRTRadiationSet",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.rt_radiation_set_intent import (
        RTRadiationSetIntentTerm as RTRadiationSetIntentTerm,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.fraction_pattern_sequence_item import (
        FractionPatternSequenceItem as FractionPatternSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem,
    )
    from dicomodel.items.referenced_rt_physician_intent_sequence_item import (
        ReferencedRTPhysicianIntentSequenceItem as ReferencedRTPhysicianIntentSequenceItem,
    )
    from dicomodel.items.referenced_rt_prescription_sequence_item import (
        ReferencedRTPrescriptionSequenceItem as ReferencedRTPrescriptionSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as DefinitionSourceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as RTRadiationSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTRadiationSequenceItem,
    )
    from dicomodel.items.treatment_position_group_sequence_item_rt_radiation_set import (
        TreatmentPositionGroupSequenceItemRTRadiationSet as TreatmentPositionGroupSequenceItem,
    )
    from dicomodel.items.weekday_fraction_pattern_sequence_item import (
        WeekdayFractionPatternSequenceItem as WeekdayFractionPatternSequenceItem,
    )

__all__ = [
    "ContentCreatorIdentificationCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DefinitionSourceSequenceItem",
    "EquivalentCodeSequenceItem",
    "FractionPatternSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "PersonIdentificationCodeSequenceItem",
    "RTRadiationSequenceItem",
    "RTRadiationSetIntentTerm",
    "RTRadiationSetModule",
    "ReferencedRTPhysicianIntentSequenceItem",
    "ReferencedRTPrescriptionSequenceItem",
    "ReferencedRTRadiationSequenceItem",
    "TreatmentPositionGroupSequenceItem",
    "WeekdayFractionPatternSequenceItem",
]


class RTRadiationSetModule(DicomModel):
    """RT Radiation Set Module Attributes (PS3.3 Table C.36.10-1)."""

    dicom_name: ClassVar[str] = "RT Radiation Set"
    dicom_table: ClassVar[str] = "table_C.36.10-1"

    UserContentLabel: Annotated[
        vr.SH, Attribute(0x30100033, "SH", "1", "1", name="User Content Label")
    ]
    """User Content Label (3010,0033): Type 1, VR SH, VM 1. User-defined label for this SOP Instance. See Section 10.9.1.1.1."""

    ContentDescription: Annotated[
        vr.LO | None, Attribute(0x00700081, "LO", "1", "2", name="Content Description")
    ]
    """Content Description (0070,0081): Type 2, VR LO, VM 1. User-defined description for the content of this SOP Instance. See Section 10.9.1.1.1."""

    ContentCreatorName: Annotated[
        vr.PN | None, Attribute(0x00700084, "PN", "1", "3", name="Content Creator's Name")
    ] = None
    """Content Creator's Name (0070,0084): Type 3, VR PN, VM 1. Name of operator (such as a technologist or physician) creating the content of the SOP Instance."""

    ContentCreatorIdentificationCodeSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
        ),
    ] = None
    """Content Creator's Identification Code Sequence (0070,0086): Type 3, VR SQ, VM 1. Identification of the person who created the content. Only a single Item is permitted in this Sequence."""

    IntendedNumberOfFractions: Annotated[
        vr.US | None,
        Attribute(
            0x300A0636,
            "US",
            "1",
            "1C",
            name="Intended Number of Fractions",
            when=("and", ("present", 0x300A063B), ("not", ("has_value", 0x300A063B))),
            otherwise="may",
        ),
    ] = None
    """Intended Number of Fractions (300A,0636): Type 1C, VR US, VM 1. Required if Referenced RT Physician Intent Sequence (300A,063B) is empty. May be present otherwise. Number of Fractions for which this RT Radiation Set is intended to be repeated. Required if Referenced RT Physician Intent Sequence (300A,063B) is empty. May be present otherwise. See Section C.36.10.1.4."""

    FractionPatternSequence: Annotated[
        list[_FractionPatternSequenceItem] | None,
        Attribute(
            0x30100079,
            "SQ",
            "1",
            "1C",
            name="Fraction Pattern Sequence",
            when=("unknown", "names no attribute: a fraction pattern has been defined"),
        ),
    ] = None
    """Fraction Pattern Sequence (3010,0079): Type 1C, VR SQ, VM 1. Required if a fraction pattern has been defined. The pattern of delivery of fractions within and across days of the week in a machine-readable form. Required if a fraction pattern has been defined. Only a single Item shall be included in this Sequence."""

    ReferencedRTPhysicianIntentSequence: Annotated[
        list[_ReferencedRTPhysicianIntentSequenceItem] | None,
        Attribute(0x300A063B, "SQ", "1", "2", name="Referenced RT Physician Intent Sequence"),
    ]
    """Referenced RT Physician Intent Sequence (300A,063B): Type 2, VR SQ, VM 1. RT Physician Intent Instance this Radiation Set is based upon. Zero or more Items shall be included in this Sequence."""

    RTRadiationSetIntent: Annotated[
        _RTRadiationSetIntentTerm | vr.CS,
        Attribute(0x300A0637, "CS", "1", "1", name="RT Radiation Set Intent"),
    ]
    """RT Radiation Set Intent (300A,0637): Type 1, VR CS, VM 1. A general indication of the intended use of this RT Radiation Set. See Section C.36.10.1.1."""

    TreatmentPositionGroupSequence: Annotated[
        list[_TreatmentPositionGroupSequenceItemRTRadiationSet] | None,
        Attribute(0x300A060A, "SQ", "1", "2", name="Treatment Position Group Sequence"),
    ]
    """Treatment Position Group Sequence (300A,060A): Type 2, VR SQ, VM 1. Treatment Position Groups defined for the included Radiation Instances. Zero or more Items shall be included in this Sequence. See Section C.36.10.1.3."""

    RTRadiationSequence: Annotated[
        list[_SOPInstanceReferenceItem],
        Attribute(0x300A0616, "SQ", "1", "1", name="RT Radiation Sequence"),
    ]
    """RT Radiation Sequence (300A,0616): Type 1, VR SQ, VM 1. RT Radiation Instances which are referenced by this RT Radiation Set. One or more Items shall be included in this Sequence. See Section C.36.10.1.2."""

    DefinitionSourceSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081156, "SQ", "1", "3", name="Definition Source Sequence"),
    ] = None
    """Definition Source Sequence (0008,1156): Type 3, VR SQ, VM 1. Instances containing the source of the RT Radiation Set information. Only a single Item is permitted in this Sequence. Permitted Referenced SOP Class is RT Plan Storage (\"1.2.840.10008.5.1.4.1.1.481.5\"). See Section C.8.8.13.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContentCreatorIdentificationCodeSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DefinitionSourceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FractionPatternSequenceItem": (
        "dicomodel.items.fraction_pattern_sequence_item",
        "FractionPatternSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RTRadiationSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "RTRadiationSetIntentTerm": (
        "dicomodel.enums.rt_radiation_set_intent",
        "RTRadiationSetIntentTerm",
    ),
    "ReferencedRTPhysicianIntentSequenceItem": (
        "dicomodel.items.referenced_rt_physician_intent_sequence_item",
        "ReferencedRTPhysicianIntentSequenceItem",
    ),
    "ReferencedRTPrescriptionSequenceItem": (
        "dicomodel.items.referenced_rt_prescription_sequence_item",
        "ReferencedRTPrescriptionSequenceItem",
    ),
    "ReferencedRTRadiationSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "TreatmentPositionGroupSequenceItem": (
        "dicomodel.items.treatment_position_group_sequence_item_rt_radiation_set",
        "TreatmentPositionGroupSequenceItemRTRadiationSet",
    ),
    "WeekdayFractionPatternSequenceItem": (
        "dicomodel.items.weekday_fraction_pattern_sequence_item",
        "WeekdayFractionPatternSequenceItem",
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
