"""Item class TreatmentToleranceViolationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.treatment_tolerance_violation_category import (
        TreatmentToleranceViolationCategoryTerm as _TreatmentToleranceViolationCategoryTerm,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.extended_selector_attribute_item import (
        ExtendedSelectorAttributeItem as _ExtendedSelectorAttributeItem,
    )
    from dicomodel.items.override_sequence_item_rt_radiation_record_common import (
        OverrideSequenceItemRTRadiationRecordCommon as _OverrideSequenceItemRTRadiationRecordCommon,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ExtendedSelectorAttributeItem = Lazy(
        "dicomodel.items.extended_selector_attribute_item", "ExtendedSelectorAttributeItem"
    )
    _OverrideSequenceItemRTRadiationRecordCommon = Lazy(
        "dicomodel.items.override_sequence_item_rt_radiation_record_common",
        "OverrideSequenceItemRTRadiationRecordCommon",
    )
    _TreatmentToleranceViolationCategoryTerm = Lazy(
        "dicomodel.enums.treatment_tolerance_violation_category",
        "TreatmentToleranceViolationCategoryTerm",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.observer_type import ObserverType as ObserverType
    from dicomodel.enums.treatment_tolerance_violation_category import (
        TreatmentToleranceViolationCategoryTerm as TreatmentToleranceViolationCategoryTerm,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OrganizationalRoleCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TreatmentToleranceViolationCauseCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TreatmentToleranceViolationTypeCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as AlternateValueSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.extended_selector_attribute_item import (
        ExtendedSelectorAttributeItem as TreatmentToleranceViolationAttributeSequenceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.override_sequence_item_rt_radiation_record_common import (
        OverrideSequenceItemRTRadiationRecordCommon as OverrideSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "AlternateValueSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ObserverType",
    "OperatorIdentificationSequenceItem",
    "OrganizationalRoleCodeSequenceItem",
    "OverrideSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "TreatmentToleranceViolationAttributeSequenceItem",
    "TreatmentToleranceViolationCategoryTerm",
    "TreatmentToleranceViolationCauseCodeSequenceItem",
    "TreatmentToleranceViolationSequenceItem",
    "TreatmentToleranceViolationTypeCodeSequenceItem",
    "ValueType",
]


class TreatmentToleranceViolationSequenceItem(DicomModel):
    """An item of Treatment Tolerance Violation Sequence (300A,0731), as first defined in RT Radiation Record Common Module Attributes (C.36.22-1)."""

    dicom_name: ClassVar[str] = "Treatment Tolerance Violation Sequence"
    dicom_table: ClassVar[str] = "table_C.36.22-1"

    TreatmentToleranceViolationDateTime: Annotated[
        vr.DT, Attribute(0x300A0736, "DT", "1", "1", name="Treatment Tolerance Violation DateTime")
    ]
    """Treatment Tolerance Violation DateTime (300A,0736): Type 1, VR DT, VM 1. DateTime when Treatment Tolerance Violation occurred."""

    TreatmentToleranceViolationCategory: Annotated[
        _TreatmentToleranceViolationCategoryTerm | vr.CS,
        Attribute(0x300A0732, "CS", "1", "1", name="Treatment Tolerance Violation Category"),
    ]
    """Treatment Tolerance Violation Category (300A,0732): Type 1, VR CS, VM 1. The category of tolerance violation which was exceeded. Defined Terms: CLINICAL Delivery went out of clinically allowed tolerance. MACHINE Delivery went out of machine tolerance."""

    TreatmentToleranceViolationTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(
            0x300A0761, "SQ", "1", "1", name="Treatment Tolerance Violation Type Code Sequence"
        ),
    ]
    """Treatment Tolerance Violation Type Code Sequence (300A,0761): Type 1, VR SQ, VM 1. Type of treatment tolerance violation. One or more Items shall be included in this Sequence."""

    TreatmentToleranceViolationCauseCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(
            0x300A0762, "SQ", "1", "1", name="Treatment Tolerance Violation Cause Code Sequence"
        ),
    ]
    """Treatment Tolerance Violation Cause Code Sequence (300A,0762): Type 1, VR SQ, VM 1. Cause of treatment tolerance violation. One or more Items shall be included in this Sequence."""

    TreatmentToleranceViolationAttributeSequence: Annotated[
        list[_ExtendedSelectorAttributeItem] | None,
        Attribute(
            0x300A0733,
            "SQ",
            "1",
            "2C",
            name="Treatment Tolerance Violation Attribute Sequence",
            when=("unknown", "depends on a correspondence the data set does not state"),
        ),
    ] = None
    """Treatment Tolerance Violation Attribute Sequence (300A,0733): Type 2C, VR SQ, VM 1. Required if the violation corresponds to an Attribute in the current SOP Instance. The Attribute whose value exceeded the tolerance. Required if the violation corresponds to an Attribute in the current SOP Instance. Zero or one Item shall be included in this Sequence."""

    TreatmentToleranceViolationIdentification: Annotated[
        vr.ST | None,
        Attribute(
            0x300A0735,
            "ST",
            "1",
            "1C",
            name="Treatment Tolerance Violation Identification",
            when=(
                "or",
                ("not", ("present", 0x300A0733)),
                ("unknown", "names no attribute: has zero Items"),
            ),
            otherwise="may",
        ),
    ] = None
    """Treatment Tolerance Violation Identification (300A,0735): Type 1C, VR ST, VM 1. Required if Treatment Tolerance Violation Attribute Sequence (300A,0733) is not present or has zero Items. May be present otherwise. An identification of the parameter(s) which exceeded the tolerance, intended for structured processing. Required if Treatment Tolerance Violation Attribute Sequence (300A,0733) is not present or has zero Items. May be present otherwise."""

    TreatmentToleranceViolationDescription: Annotated[
        vr.ST | None,
        Attribute(
            0x300A0734,
            "ST",
            "1",
            "1C",
            name="Treatment Tolerance Violation Description",
            when=(
                "or",
                ("not", ("present", 0x300A0733)),
                ("unknown", "names no attribute: has zero Items"),
            ),
            otherwise="may",
        ),
    ] = None
    """Treatment Tolerance Violation Description (300A,0734): Type 1C, VR ST, VM 1. Required if Treatment Tolerance Violation Attribute Sequence (300A,0733) is not present or has zero Items. May be present otherwise. User-defined description of the treatment tolerance violation. This information is intended for display to human readers. Shall not be used for structured processing."""

    OverrideSequence: Annotated[
        list[_OverrideSequenceItemRTRadiationRecordCommon] | None,
        Attribute(0x30080060, "SQ", "1", "2", name="Override Sequence"),
    ]
    """Override Sequence (3008,0060): Type 2, VR SQ, VM 1. Overrides of this treatment tolerance violation, including the authorization by a qualified person to continue treatment delivery. Zero or one Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlternateValueSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ObserverType": ("dicomodel.enums.observer_type", "ObserverType"),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.identified_person_or_device_item",
        "IdentifiedPersonOrDeviceItem",
    ),
    "OrganizationalRoleCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OverrideSequenceItem": (
        "dicomodel.items.override_sequence_item_rt_radiation_record_common",
        "OverrideSequenceItemRTRadiationRecordCommon",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "TreatmentToleranceViolationAttributeSequenceItem": (
        "dicomodel.items.extended_selector_attribute_item",
        "ExtendedSelectorAttributeItem",
    ),
    "TreatmentToleranceViolationCategoryTerm": (
        "dicomodel.enums.treatment_tolerance_violation_category",
        "TreatmentToleranceViolationCategoryTerm",
    ),
    "TreatmentToleranceViolationCauseCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "TreatmentToleranceViolationTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
