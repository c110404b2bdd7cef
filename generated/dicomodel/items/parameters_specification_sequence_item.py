"""Item class ParametersSpecificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.constraint_type import ConstraintTypeValue as _ConstraintTypeValue
    from dicomodel.enums.constraint_violation_significance import (
        ConstraintViolationSignificanceValue as _ConstraintViolationSignificanceValue,
    )
    from dicomodel.enums.modifiable_constraint_flag import (
        ModifiableConstraintFlagValue as _ModifiableConstraintFlagValue,
    )
    from dicomodel.items.attribute_value_item import AttributeValueItem as _AttributeValueItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _AttributeValueItem = Lazy("dicomodel.items.attribute_value_item", "AttributeValueItem")
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ConstraintTypeValue = Lazy("dicomodel.enums.constraint_type", "ConstraintTypeValue")
    _ConstraintViolationSignificanceValue = Lazy(
        "dicomodel.enums.constraint_violation_significance", "ConstraintViolationSignificanceValue"
    )
    _ModifiableConstraintFlagValue = Lazy(
        "dicomodel.enums.modifiable_constraint_flag", "ModifiableConstraintFlagValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.constraint_type import ConstraintType as ConstraintType
    from dicomodel.enums.constraint_violation_significance import (
        ConstraintViolationSignificance as ConstraintViolationSignificance,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.modifiable_constraint_flag import (
        ModifiableConstraintFlag as ModifiableConstraintFlag,
    )
    from dicomodel.items.attribute_value_item import (
        AttributeValueItem as ConstraintValueSequenceItem,
    )
    from dicomodel.items.attribute_value_item import (
        AttributeValueItem as RecommendedDefaultValueSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as SelectorCodeSequenceValueItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ConstraintType",
    "ConstraintValueSequenceItem",
    "ConstraintViolationSignificance",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModifiableConstraintFlag",
    "ParametersSpecificationSequenceItem",
    "RecommendedDefaultValueSequenceItem",
    "SelectorCodeSequenceValueItem",
]


class ParametersSpecificationSequenceItem(DicomModel):
    """An item of Parameters Specification Sequence (0018,9913), as first defined in General Defined Acquisition Module Attributes (C.34.9-1)."""

    dicom_name: ClassVar[str] = "Parameters Specification Sequence"
    dicom_table: ClassVar[str] = "table_C.34.9-1"

    SelectorAttributeName: Annotated[
        vr.LO, Attribute(0x00820018, "LO", "1", "1", name="Selector Attribute Name")
    ]
    """Selector Attribute Name (0082,0018): Type 1, VR LO, VM 1. Name of the Selector Attribute (0072,0026). For Standard Data Elements, this shall be the value in the Name column of Table 6-1 in PS3.6."""

    SelectorAttributeKeyword: Annotated[
        vr.LO | None, Attribute(0x00820019, "LO", "1", "3", name="Selector Attribute Keyword")
    ] = None
    """Selector Attribute Keyword (0082,0019): Type 3, VR LO, VM 1. Keyword of the Selector Attribute (0072,0026). For Standard Data Elements, this shall be the value in the Keyword column of Table 6-1 in PS3.6."""

    SelectorAttributeVR: Annotated[
        vr.CS, Attribute(0x00720050, "CS", "1", "1", name="Selector Attribute VR")
    ]
    """Selector Attribute VR (0072,0050): Type 1, VR CS, VM 1. Value Representation of the Selector Attribute (0072,0026). For Standard Data Elements, this shall be the value in the VR column of Table 6-1 in PS3.6."""

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

    ConstraintType: Annotated[
        _ConstraintTypeValue,
        Attribute(
            0x00820032,
            "CS",
            "1",
            "1",
            name="Constraint Type",
            enumerated=(
                (
                    0,
                    (
                        "RANGE_INCL",
                        "RANGE_EXCL",
                        "GREATER_OR_EQUAL",
                        "LESS_OR_EQUAL",
                        "GREATER_THAN",
                        "LESS_THAN",
                        "EQUAL",
                        "MEMBER_OF",
                        "NOT_MEMBER_OF",
                        "MEMBER_OF_CID",
                        "UNCONSTRAINED",
                    ),
                ),
            ),
        ),
    ]
    """Constraint Type (0082,0032): Type 1, VR CS, VM 1. Describes how the value(s) specified in the Constraint Value Sequence (0082,0034) shall be used to determine the acceptability of a given value for the Attribute identified by Selector Attribute (0072,0026) See Section 10.25.1."""

    ConstraintViolationSignificance: Annotated[
        _ConstraintViolationSignificanceValue | None,
        Attribute(
            0x00820036,
            "CS",
            "1",
            "3",
            name="Constraint Violation Significance",
            enumerated=((0, ("FAILURE", "WARNING", "INFORMATIVE")),),
        ),
    ] = None
    """Constraint Violation Significance (0082,0036): Type 3, VR CS, VM 1. Level of significance of a Selector Attribute value exceeding this constraint. See Section 10.25.2. Enumerated Values: FAILURE WARNING INFORMATIVE"""

    ConstraintViolationCondition: Annotated[
        vr.UT | None,
        Attribute(
            0x00820037,
            "UT",
            "1",
            "1C",
            name="Constraint Violation Condition",
            when=("unknown", "depends on when the constraint is significant"),
        ),
    ] = None
    """Constraint Violation Condition (0082,0037): Type 1C, VR UT, VM 1. Required if Constraint Violation Significance (0082,0036) is only significant under certain conditions. Conditionality of the constraint violation significance. If the condition is not met, the violation has no significance. The condition may be expressed as a mathematical expression, a human readable text or other form."""

    ConstraintValueSequence: Annotated[
        list[_AttributeValueItem] | None,
        Attribute(
            0x00820034,
            "SQ",
            "1",
            "1C",
            name="Constraint Value Sequence",
            when=("value", 0x00820032, 0, "not_in", ("UNCONSTRAINED",)),
        ),
    ] = None
    """Constraint Value Sequence (0082,0034): Type 1C, VR SQ, VM 1. Required if Constraint Type (0082,0032) is not UNCONSTRAINED. Value(s) used to constrain the contents of the Attribute referenced by the Selector Attribute (0072,0026). Required if Constraint Type (0082,0032) is not UNCONSTRAINED."""

    RecommendedDefaultValueSequence: Annotated[
        list[_AttributeValueItem] | None,
        Attribute(0x00820035, "SQ", "1", "3", name="Recommended Default Value Sequence"),
    ] = None
    """Recommended Default Value Sequence (0082,0035): Type 3, VR SQ, VM 1. Contains a default value for the contents of the Selector Attribute (0072,0026). Only a single Item is permitted in this Sequence."""

    MeasurementUnitsCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x004008EA, "SQ", "1", "3", name="Measurement Units Code Sequence"),
    ] = None
    """Measurement Units Code Sequence (0040,08EA): Type 3, VR SQ, VM 1. Units of measurement for the values in the Item(s) in the Constraint Value Sequence (0082,0034) and the Recommended Default Value Sequence (0082,0035). Only a single Item is permitted in this Sequence."""

    SpecificationSelectionGuidance: Annotated[
        vr.UT | None, Attribute(0x00820033, "UT", "1", "3", name="Specification Selection Guidance")
    ] = None
    """Specification Selection Guidance (0082,0033): Type 3, VR UT, VM 1. Brief guidance that a human operator may consider when selecting an appropriate value for the Selector Attribute (0072,0026) within the constraints defined."""

    ModifiableConstraintFlag: Annotated[
        _ModifiableConstraintFlagValue | None,
        Attribute(
            0x00820038,
            "CS",
            "1",
            "1C",
            name="Modifiable Constraint Flag",
            enumerated=((0, ("YES", "NO")),),
            when=("unknown", "names no attribute: the constraint may not be modified"),
            otherwise="may",
        ),
    ] = None
    """Modifiable Constraint Flag (0082,0038): Type 1C, VR CS, VM 1. Required if the constraint may not be modified, may be present otherwise. Specifies whether this constraint may be encoded in a derived Instance with a different value. See Section C.34.9.4. Enumerated Values: YES The constraint may be modified. NO The constraint may not be modified."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConstraintType": ("dicomodel.enums.constraint_type", "ConstraintType"),
    "ConstraintValueSequenceItem": ("dicomodel.items.attribute_value_item", "AttributeValueItem"),
    "ConstraintViolationSignificance": (
        "dicomodel.enums.constraint_violation_significance",
        "ConstraintViolationSignificance",
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
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ModifiableConstraintFlag": (
        "dicomodel.enums.modifiable_constraint_flag",
        "ModifiableConstraintFlag",
    ),
    "RecommendedDefaultValueSequenceItem": (
        "dicomodel.items.attribute_value_item",
        "AttributeValueItem",
    ),
    "SelectorCodeSequenceValueItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
