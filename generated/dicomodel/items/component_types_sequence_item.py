"""Item class ComponentTypesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.exclusive_component_type import (
        ExclusiveComponentTypeTerm as _ExclusiveComponentTypeTerm,
    )
    from dicomodel.enums.mandatory_component_type import (
        MandatoryComponentTypeTerm as _MandatoryComponentTypeTerm,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.component_sequence_item import (
        ComponentSequenceItem as _ComponentSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ComponentSequenceItem = Lazy(
        "dicomodel.items.component_sequence_item", "ComponentSequenceItem"
    )
    _ExclusiveComponentTypeTerm = Lazy(
        "dicomodel.enums.exclusive_component_type", "ExclusiveComponentTypeTerm"
    )
    _MandatoryComponentTypeTerm = Lazy(
        "dicomodel.enums.mandatory_component_type", "MandatoryComponentTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.exclusive_component_type import (
        ExclusiveComponentTypeTerm as ExclusiveComponentTypeTerm,
    )
    from dicomodel.enums.mandatory_component_type import (
        MandatoryComponentTypeTerm as MandatoryComponentTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ComponentTypeCodeSequenceItem
    from dicomodel.items.component_sequence_item import (
        ComponentSequenceItem as ComponentSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ComponentSequenceItem",
    "ComponentTypeCodeSequenceItem",
    "ComponentTypesSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ExclusiveComponentTypeTerm",
    "MandatoryComponentTypeTerm",
    "MappingResourceTerm",
]


class ComponentTypesSequenceItem(DicomModel):
    """An item of Component Types Sequence (0076,0032), as first defined in Implant Assembly Template Module Attributes (C.29.2-1)."""

    dicom_name: ClassVar[str] = "Component Types Sequence"
    dicom_table: ClassVar[str] = "table_C.29.2-1"

    ComponentTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00760034, "SQ", "1", "1", name="Component Type Code Sequence"),
    ]
    """Component Type Code Sequence (0076,0034): Type 1, VR SQ, VM 1. Label assigned to that type of component. Only a single Item shall be included in this Sequence."""

    ExclusiveComponentType: Annotated[
        _ExclusiveComponentTypeTerm | vr.CS,
        Attribute(0x00760036, "CS", "1", "1", name="Exclusive Component Type"),
    ]
    """Exclusive Component Type (0076,0036): Type 1, VR CS, VM 1. Indicates that only one component of this Component Type shall be used in an assembly. Defined Terms: YES NO"""

    MandatoryComponentType: Annotated[
        _MandatoryComponentTypeTerm | vr.CS,
        Attribute(0x00760038, "CS", "1", "1", name="Mandatory Component Type"),
    ]
    """Mandatory Component Type (0076,0038): Type 1, VR CS, VM 1. Indicates that at least one component of this Component Type has to be used in an assembly. Defined Terms: YES NO"""

    ComponentSequence: Annotated[
        list[_ComponentSequenceItem],
        Attribute(0x00760040, "SQ", "1", "1", name="Component Sequence"),
    ]
    """Component Sequence (0076,0040): Type 1, VR SQ, VM 1. References to implant template components used in the assembly. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ComponentSequenceItem": ("dicomodel.items.component_sequence_item", "ComponentSequenceItem"),
    "ComponentTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ExclusiveComponentTypeTerm": (
        "dicomodel.enums.exclusive_component_type",
        "ExclusiveComponentTypeTerm",
    ),
    "MandatoryComponentTypeTerm": (
        "dicomodel.enums.mandatory_component_type",
        "MandatoryComponentTypeTerm",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
