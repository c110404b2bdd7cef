"""Item class ContainerComponentSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.container_component_material import (
        ContainerComponentMaterialTerm as _ContainerComponentMaterialTerm,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContainerComponentMaterialTerm = Lazy(
        "dicomodel.enums.container_component_material", "ContainerComponentMaterialTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.container_component_material import (
        ContainerComponentMaterialTerm as ContainerComponentMaterialTerm,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ContainerComponentTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContainerComponentMaterialTerm",
    "ContainerComponentSequenceItem",
    "ContainerComponentTypeCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]


class ContainerComponentSequenceItem(DicomModel):
    """An item of Container Component Sequence (0040,0520), as first defined in Specimen Macro Attributes (C.7.6.22-2)."""

    dicom_name: ClassVar[str] = "Container Component Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.22-2"

    ContainerComponentTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00500012, "SQ", "1", "1", name="Container Component Type Code Sequence"),
    ]
    """Container Component Type Code Sequence (0050,0012): Type 1, VR SQ, VM 1. Type of container component. Only a single Item shall be included in this Sequence."""

    Manufacturer: Annotated[
        vr.LO | None, Attribute(0x00080070, "LO", "1", "3", name="Manufacturer")
    ] = None
    """Manufacturer (0008,0070): Type 3, VR LO, VM 1. Manufacturer of the container component."""

    ManufacturerModelName: Annotated[
        vr.LO | None, Attribute(0x00081090, "LO", "1", "3", name="Manufacturer's Model Name")
    ] = None
    """Manufacturer's Model Name (0008,1090): Type 3, VR LO, VM 1. Manufacturer's model name of the container component."""

    ContainerComponentID: Annotated[
        vr.LO | None, Attribute(0x0050001B, "LO", "1", "3", name="Container Component ID")
    ] = None
    """Container Component ID (0050,001B): Type 3, VR LO, VM 1. Manufacturer's identifier of the container component, e.g., Lot Number and/or Version."""

    ContainerComponentLength: Annotated[
        vr.FD | None, Attribute(0x0050001C, "FD", "1", "3", name="Container Component Length")
    ] = None
    """Container Component Length (0050,001C): Type 3, VR FD, VM 1. Length in mm of container component."""

    ContainerComponentWidth: Annotated[
        vr.FD | None, Attribute(0x00500015, "FD", "1", "3", name="Container Component Width")
    ] = None
    """Container Component Width (0050,0015): Type 3, VR FD, VM 1. Width in mm of container component."""

    ContainerComponentDiameter: Annotated[
        vr.FD | None, Attribute(0x0050001D, "FD", "1", "3", name="Container Component Diameter")
    ] = None
    """Container Component Diameter (0050,001D): Type 3, VR FD, VM 1. Diameter in mm of container component for cylindrical or circular components."""

    ContainerComponentThickness: Annotated[
        vr.FD | None, Attribute(0x00500013, "FD", "1", "3", name="Container Component Thickness")
    ] = None
    """Container Component Thickness (0050,0013): Type 3, VR FD, VM 1. Thickness in mm of container component."""

    ContainerComponentMaterial: Annotated[
        _ContainerComponentMaterialTerm | vr.CS | None,
        Attribute(0x0050001A, "CS", "1", "3", name="Container Component Material"),
    ] = None
    """Container Component Material (0050,001A): Type 3, VR CS, VM 1. Material of container component. Defined Terms: GLASS PLASTIC METAL"""

    ContainerComponentDescription: Annotated[
        vr.LO | None, Attribute(0x0050001E, "LO", "1", "3", name="Container Component Description")
    ] = None
    """Container Component Description (0050,001E): Type 3, VR LO, VM 1. Container component text description."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContainerComponentMaterialTerm": (
        "dicomodel.enums.container_component_material",
        "ContainerComponentMaterialTerm",
    ),
    "ContainerComponentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
