"""Hanging Protocol Definition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.hanging_protocol_level import (
        HangingProtocolLevelValue as _HangingProtocolLevelValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.hanging_protocol_definition_sequence_item import (
        HangingProtocolDefinitionSequenceItem as _HangingProtocolDefinitionSequenceItem,
    )
    from dicomodel.items.image_sets_sequence_item import (
        ImageSetsSequenceItem as _ImageSetsSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _HangingProtocolDefinitionSequenceItem = Lazy(
        "dicomodel.items.hanging_protocol_definition_sequence_item",
        "HangingProtocolDefinitionSequenceItem",
    )
    _HangingProtocolLevelValue = Lazy(
        "dicomodel.enums.hanging_protocol_level", "HangingProtocolLevelValue"
    )
    _ImageSetsSequenceItem = Lazy(
        "dicomodel.items.image_sets_sequence_item", "ImageSetsSequenceItem"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.hanging_protocol_level import HangingProtocolLevel as HangingProtocolLevel
    from dicomodel.enums.image_set_selector_category import (
        ImageSetSelectorCategory as ImageSetSelectorCategory,
    )
    from dicomodel.enums.image_set_selector_usage_flag import (
        ImageSetSelectorUsageFlag as ImageSetSelectorUsageFlag,
    )
    from dicomodel.enums.laterality import LateralityHangingProtocolDefinition as Laterality
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.modality import ModalityTerm as ModalityTerm
    from dicomodel.enums.relative_time_units import RelativeTimeUnits as RelativeTimeUnits
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AbstractPriorCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AnatomicRegionSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as HangingProtocolUserIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ProcedureCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as SelectorCodeSequenceValueItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hanging_protocol_definition_sequence_item import (
        HangingProtocolDefinitionSequenceItem as HangingProtocolDefinitionSequenceItem,
    )
    from dicomodel.items.image_set_selector_sequence_item import (
        ImageSetSelectorSequenceItem as ImageSetSelectorSequenceItem,
    )
    from dicomodel.items.image_sets_sequence_item import (
        ImageSetsSequenceItem as ImageSetsSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as SourceHangingProtocolSequenceItem,
    )
    from dicomodel.items.time_based_image_sets_sequence_item import (
        TimeBasedImageSetsSequenceItem as TimeBasedImageSetsSequenceItem,
    )

__all__ = [
    "AbstractPriorCodeSequenceItem",
    "AnatomicRegionSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "HangingProtocolDefinitionModule",
    "HangingProtocolDefinitionSequenceItem",
    "HangingProtocolLevel",
    "HangingProtocolUserIdentificationCodeSequenceItem",
    "ImageSetSelectorCategory",
    "ImageSetSelectorSequenceItem",
    "ImageSetSelectorUsageFlag",
    "ImageSetsSequenceItem",
    "Laterality",
    "MappingResourceTerm",
    "ModalityTerm",
    "ProcedureCodeSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "RelativeTimeUnits",
    "SelectorCodeSequenceValueItem",
    "SourceHangingProtocolSequenceItem",
    "TimeBasedImageSetsSequenceItem",
]


class HangingProtocolDefinitionModule(DicomModel):
    """Hanging Protocol Definition Module Attributes (PS3.3 Table C.23.1-1)."""

    dicom_name: ClassVar[str] = "Hanging Protocol Definition"
    dicom_table: ClassVar[str] = "table_C.23.1-1"

    HangingProtocolName: Annotated[
        vr.SH, Attribute(0x00720002, "SH", "1", "1", name="Hanging Protocol Name")
    ]
    """Hanging Protocol Name (0072,0002): Type 1, VR SH, VM 1. Short descriptor that identifies the Hanging Protocol."""

    HangingProtocolDescription: Annotated[
        vr.LO, Attribute(0x00720004, "LO", "1", "1", name="Hanging Protocol Description")
    ]
    """Hanging Protocol Description (0072,0004): Type 1, VR LO, VM 1. Explanation of the objective or intent of the Hanging Protocol."""

    HangingProtocolLevel: Annotated[
        _HangingProtocolLevelValue,
        Attribute(
            0x00720006,
            "CS",
            "1",
            "1",
            name="Hanging Protocol Level",
            enumerated=((0, ("MANUFACTURER", "SITE", "USER_GROUP", "SINGLE_USER")),),
        ),
    ]
    """Hanging Protocol Level (0072,0006): Type 1, VR CS, VM 1. Identifies the level at which this Hanging Protocol is defined, and the intended use. Enumerated Values: MANUFACTURER SITE USER_GROUP SINGLE_USER"""

    HangingProtocolCreator: Annotated[
        vr.LO, Attribute(0x00720008, "LO", "1", "1", name="Hanging Protocol Creator")
    ]
    """Hanging Protocol Creator (0072,0008): Type 1, VR LO, VM 1. Identifies the creator of the Hanging Protocol."""

    HangingProtocolCreationDateTime: Annotated[
        vr.DT, Attribute(0x0072000A, "DT", "1", "1", name="Hanging Protocol Creation DateTime")
    ]
    """Hanging Protocol Creation DateTime (0072,000A): Type 1, VR DT, VM 1. Date and time on which the Hanging Protocol was created."""

    HangingProtocolDefinitionSequence: Annotated[
        list[_HangingProtocolDefinitionSequenceItem],
        Attribute(0x0072000C, "SQ", "1", "1", name="Hanging Protocol Definition Sequence"),
    ]
    """Hanging Protocol Definition Sequence (0072,000C): Type 1, VR SQ, VM 1. Sequence that defines the type of imaging Studies to which this Hanging Protocol applies. One or more Items shall be included in this Sequence. See Section C.23.1.1.1."""

    NumberOfPriorsReferenced: Annotated[
        vr.US, Attribute(0x00720014, "US", "1", "1", name="Number of Priors Referenced")
    ]
    """Number of Priors Referenced (0072,0014): Type 1, VR US, VM 1. Identifies the number of prior image sets used in this Hanging Protocol."""

    ImageSetsSequence: Annotated[
        list[_ImageSetsSequenceItem],
        Attribute(0x00720020, "SQ", "1", "1", name="Image Sets Sequence"),
    ]
    """Image Sets Sequence (0072,0020): Type 1, VR SQ, VM 1. Sequence describing one or more types of Image Sets to which the Hanging Protocol applies. One or more Items shall be included in this Sequence. See Section C.23.1.1.2."""

    HangingProtocolUserIdentificationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x0072000E, "SQ", "1", "2", name="Hanging Protocol User Identification Code Sequence"
        ),
    ]
    """Hanging Protocol User Identification Code Sequence (0072,000E): Type 2, VR SQ, VM 1. Sequence that provides a coded identifier for the person, group, or site for which this Hanging Protocol was defined. Zero or one Item shall be included in this Sequence."""

    HangingProtocolUserGroupName: Annotated[
        vr.LO | None, Attribute(0x00720010, "LO", "1", "3", name="Hanging Protocol User Group Name")
    ] = None
    """Hanging Protocol User Group Name (0072,0010): Type 3, VR LO, VM 1. Group or site for which this Hanging Protocol was defined."""

    SourceHangingProtocolSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00720012, "SQ", "1", "3", name="Source Hanging Protocol Sequence"),
    ] = None
    """Source Hanging Protocol Sequence (0072,0012): Type 3, VR SQ, VM 1. Sequence that identifies the Hanging Protocol from which this Hanging Protocol was derived, or on which it is based. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AbstractPriorCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AnatomicRegionSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "HangingProtocolDefinitionSequenceItem": (
        "dicomodel.items.hanging_protocol_definition_sequence_item",
        "HangingProtocolDefinitionSequenceItem",
    ),
    "HangingProtocolLevel": ("dicomodel.enums.hanging_protocol_level", "HangingProtocolLevel"),
    "HangingProtocolUserIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ImageSetSelectorCategory": (
        "dicomodel.enums.image_set_selector_category",
        "ImageSetSelectorCategory",
    ),
    "ImageSetSelectorSequenceItem": (
        "dicomodel.items.image_set_selector_sequence_item",
        "ImageSetSelectorSequenceItem",
    ),
    "ImageSetSelectorUsageFlag": (
        "dicomodel.enums.image_set_selector_usage_flag",
        "ImageSetSelectorUsageFlag",
    ),
    "ImageSetsSequenceItem": ("dicomodel.items.image_sets_sequence_item", "ImageSetsSequenceItem"),
    "Laterality": ("dicomodel.enums.laterality", "LateralityHangingProtocolDefinition"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ModalityTerm": ("dicomodel.enums.modality", "ModalityTerm"),
    "ProcedureCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReasonForRequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RelativeTimeUnits": ("dicomodel.enums.relative_time_units", "RelativeTimeUnits"),
    "SelectorCodeSequenceValueItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "SourceHangingProtocolSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "TimeBasedImageSetsSequenceItem": (
        "dicomodel.items.time_based_image_sets_sequence_item",
        "TimeBasedImageSetsSequenceItem",
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
