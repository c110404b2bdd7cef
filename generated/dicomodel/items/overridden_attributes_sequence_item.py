"""Item class OverriddenAttributesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
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
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "OverriddenAttributesSequenceItem",
    "PersonIdentificationCodeSequenceItem",
]


class OverriddenAttributesSequenceItem(DicomModel):
    """An item of Overridden Parameters Sequence (0074,104A), as first defined in RT General Machine Verification Module Attributes (C.31-1)."""

    dicom_name: ClassVar[str] = "Overridden Parameters Sequence"
    dicom_table: ClassVar[str] = "table_C.31-1"

    SelectorAttribute: Annotated[
        vr.AT | None,
        Attribute(
            0x00720026,
            "AT",
            "1",
            "1C",
            name="Selector Attribute",
            when=("unknown", "names no attribute: the selected content is not a Sequence Item"),
        ),
    ] = None
    """Selector Attribute (0072,0026): Type 1C, VR AT, VM 1. Required if the selected content is not a Sequence Item. Data Element Tag of the Attribute to be referenced. Required if the selected content is not a Sequence Item."""

    SelectorValueNumber: Annotated[
        vr.US | None,
        Attribute(
            0x00720028,
            "US",
            "1",
            "1C",
            name="Selector Value Number",
            when=(
                "unknown",
                "names no attribute: the selected content is a single Attribute of any VR other than SQ",
            ),
        ),
    ] = None
    """Selector Value Number (0072,0028): Type 1C, VR US, VM 1. Required if the selected content is a single Attribute of any VR other than SQ. Non-negative integer identifying which value of a multi-valued Attribute identified by Selector Attribute (0072,0026) is to be referenced. The value 1 identifies the first value. The value 0 identifies all values."""

    SelectorSequencePointer: Annotated[
        list[vr.AT] | None,
        Attribute(
            0x00720052,
            "AT",
            "1-n",
            "1C",
            name="Selector Sequence Pointer",
            when=("unknown", "depends on where the selected attribute stands"),
        ),
    ] = None
    """Selector Sequence Pointer (0072,0052): Type 1C, VR AT, VM 1-n. Required if Selector Attribute (0072,0026) is nested in one or more Sequences or is absent. Contains the Data Element Tags of the path to the Sequence that contains the Attribute that is identified by Selector Attribute (0072,0026) or to the Item(s) to be selected in Selector Sequence Pointer Items (0074,1057)."""

    SelectorSequencePointerPrivateCreator: Annotated[
        list[vr.LO] | None,
        Attribute(
            0x00720054,
            "LO",
            "1-n",
            "1C",
            name="Selector Sequence Pointer Private Creator",
            when=(
                "unknown",
                "condition not read: not understood: 'one or more of the values of Selector Sequence Pointer (0072,0052)' (in 'Required if Selector Sequence Pointer (0072,0052) is present and one or more of the values of Selector Sequence Pointer (0072,0052) is the Data Element Tag of a Private Attribute')",
            ),
        ),
    ] = None
    """Selector Sequence Pointer Private Creator (0072,0054): Type 1C, VR LO, VM 1-n. Required if Selector Sequence Pointer (0072,0052) is present and one or more of the values of Selector Sequence Pointer (0072,0052) is the Data Element Tag of a Private Attribute. Identification of the creator of a group of Private Data Elements used to encode Attributes in the Selector Sequence Pointer (0072,0052). This Attribute shall have the same number of values as Selector Sequence Pointer (0072,0052)."""

    SelectorSequencePointerItems: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00741057,
            "IS",
            "1-n",
            "1C",
            name="Selector Sequence Pointer Items",
            when=("present", 0x00720052),
        ),
    ] = None
    """Selector Sequence Pointer Items (0074,1057): Type 1C, VR IS, VM 1-n. Required if Selector Sequence Pointer (0072,0052) is present. Identification of the Item indices in the Selector Sequence Pointer (0072,0052). This Attribute shall have the same number of values as the Selector Sequence Pointer (0072,0052)."""

    SelectorAttributePrivateCreator: Annotated[
        vr.LO | None,
        Attribute(
            0x00720056,
            "LO",
            "1",
            "1C",
            name="Selector Attribute Private Creator",
            when=(
                "unknown",
                "condition not read: no value after the verb at 'the' (in 'Required if the Selector Attribute (0072,0026) value is the Data Element Tag of a Private Attribute')",
            ),
        ),
    ] = None
    """Selector Attribute Private Creator (0072,0056): Type 1C, VR LO, VM 1. Required if the Selector Attribute (0072,0026) value is the Data Element Tag of a Private Attribute. Identification of the creator of a group of Private Data Elements. Required if the Selector Attribute (0072,0026) value is the Data Element Tag of a Private Attribute. See Section 10.17.1.2."""

    OperatorsName: Annotated[
        list[vr.PN] | None, Attribute(0x00081070, "PN", "1-n", None, name="Operators' Name")
    ] = None
    """Operators' Name (0008,1070): no Type, VR PN, VM 1-n. Name of operator who authorized override of overridden parameter."""

    OperatorIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x00081072, "SQ", "1", None, name="Operator Identification Sequence"),
    ] = None
    """Operator Identification Sequence (0008,1072): no Type, VR SQ, VM 1. Identification of the operator who authorized override. Only a single Item is permitted in this Sequence."""

    OverrideReason: Annotated[
        vr.ST | None, Attribute(0x30080066, "ST", "1", None, name="Override Reason")
    ] = None
    """Override Reason (3008,0066): no Type, VR ST, VM 1. User-defined description of reason for override of overridden parameter."""


_EXPORTS: dict[str, tuple[str, str]] = {
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
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
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
