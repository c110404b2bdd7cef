"""Item class HangingProtocolDefinitionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.laterality import (
        LateralityHangingProtocolDefinitionValue as _LateralityHangingProtocolDefinitionValue,
    )
    from dicomodel.enums.modality import ModalityTerm as _ModalityTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _LateralityHangingProtocolDefinitionValue = Lazy(
        "dicomodel.enums.laterality", "LateralityHangingProtocolDefinitionValue"
    )
    _ModalityTerm = Lazy("dicomodel.enums.modality", "ModalityTerm")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.laterality import LateralityHangingProtocolDefinition as Laterality
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.modality import ModalityTerm as ModalityTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AnatomicRegionSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ProcedureCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
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


class HangingProtocolDefinitionSequenceItem(DicomModel):
    """An item of Hanging Protocol Definition Sequence (0072,000C), as first defined in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    dicom_name: ClassVar[str] = "Hanging Protocol Definition Sequence"
    dicom_table: ClassVar[str] = "table_C.23.1-1"

    Modality: Annotated[
        _ModalityTerm | vr.CS | None,
        Attribute(
            0x00080060,
            "CS",
            "1",
            "1C",
            name="Modality",
            when=("not", ("present", 0x00082218)),
            otherwise="may",
        ),
    ] = None
    """Modality (0008,0060): Type 1C, VR CS, VM 1. Required if Anatomic Region Sequence (0008,2218) is not present. May be present otherwise. Type of device, process or method that originally acquired the data used to create images or related objects to which this Hanging Protocol applies. See Section C.7.3.1.1.1 for Defined Terms."""

    AnatomicRegionSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00082218,
            "SQ",
            "1",
            "1C",
            name="Anatomic Region Sequence",
            when=("not", ("present", 0x00080060)),
            otherwise="may",
        ),
    ] = None
    """Anatomic Region Sequence (0008,2218): Type 1C, VR SQ, VM 1. Required if Modality (0008,0060) is not present. May be present otherwise. Sequence that identifies the anatomic region of interest to which this Hanging Protocol applies. One or more Items shall be included in this Sequence. Required if Modality (0008,0060) is not present. May be present otherwise."""

    Laterality: Annotated[
        _LateralityHangingProtocolDefinitionValue | None,
        Attribute(
            0x00200060,
            "CS",
            "1",
            "2C",
            name="Laterality",
            enumerated=((0, ("R", "L", "B", "U")),),
            when=("present", 0x00082218),
        ),
    ] = None
    """Laterality (0020,0060): Type 2C, VR CS, VM 1. Required if Anatomic Region Sequence (0008,2218) is present. Laterality of the body part to which this Hanging Protocol applies. Enumerated Values: R Right L Left B Both U Unpaired Zero length means not applicable. Required if Anatomic Region Sequence (0008,2218) is present."""

    ProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081032, "SQ", "1", "2", name="Procedure Code Sequence"),
    ]
    """Procedure Code Sequence (0008,1032): Type 2, VR SQ, VM 1. Sequence that identifies a procedure to which this Hanging Protocol applies. Zero or more Items shall be included in this Sequence."""

    ReasonForRequestedProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0040100A, "SQ", "1", "2", name="Reason for Requested Procedure Code Sequence"),
    ]
    """Reason for Requested Procedure Code Sequence (0040,100A): Type 2, VR SQ, VM 1. Sequence that identifies a reason for procedure to which this Hanging Protocol applies. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnatomicRegionSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "Laterality": ("dicomodel.enums.laterality", "LateralityHangingProtocolDefinition"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ModalityTerm": ("dicomodel.enums.modality", "ModalityTerm"),
    "ProcedureCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReasonForRequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
