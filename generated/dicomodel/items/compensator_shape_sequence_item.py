"""Item class CompensatorShapeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.compensator_divergence import (
        CompensatorDivergenceValue as _CompensatorDivergenceValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _CompensatorDivergenceValue = Lazy(
        "dicomodel.enums.compensator_divergence", "CompensatorDivergenceValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.compensator_divergence import (
        CompensatorDivergence as CompensatorDivergence,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CompensatorShapeFabricationCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "CompensatorDivergence",
    "CompensatorShapeFabricationCodeSequenceItem",
    "CompensatorShapeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]


class CompensatorShapeSequenceItem(DicomModel):
    """An item of Compensator Shape Sequence (300A,0668), as first defined in Compensators Definition Macro Attributes (C.36.2.2.12-1)."""

    dicom_name: ClassVar[str] = "Compensator Shape Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.2.12-1"

    CompensatorDivergence: Annotated[
        _CompensatorDivergenceValue,
        Attribute(
            0x300A02E0,
            "CS",
            "1",
            "1",
            name="Compensator Divergence",
            enumerated=((0, ("PRESENT", "ABSENT")),),
        ),
    ]
    """Compensator Divergence (300A,02E0): Type 1, VR CS, VM 1. Whether or not the compensator is shaped according to the beam geometrical divergence. Enumerated Values: PRESENT The compensator is shaped according to the beam geometrical divergence."""

    MaterialID: Annotated[vr.SH | None, Attribute(0x300A00E1, "SH", "1", "2", name="Material ID")]
    """Material ID (300A,00E1): Type 2, VR SH, VM 1. User-defined identifier for the material used to manufacture the Compensator."""

    CompensatorProximalThicknessMap: Annotated[
        vr.OF | None,
        Attribute(
            0x300A0664,
            "OF",
            "1",
            "1C",
            name="Compensator Proximal Thickness Map",
            when=("value", 0x300A0663, 0, "in", ("SOURCE_SIDE", "DOUBLE_SIDED")),
        ),
    ] = None
    """Compensator Proximal Thickness Map (300A,0664): Type 1C, VR OF, VM 1. Required if Compensator Map Orientation (300A,0663) is SOURCE_SIDE or DOUBLE_SIDED. A data stream of triplets of x, y and thickness in mm representing a map of the coordinates in the Beam Modifier Definition Plane and thicknesses from the compensator base plane. The order of triplets is not significant."""

    CompensatorDistalThicknessMap: Annotated[
        vr.OF | None,
        Attribute(
            0x300A0665,
            "OF",
            "1",
            "1C",
            name="Compensator Distal Thickness Map",
            when=("value", 0x300A0663, 0, "in", ("PATIENT_SIDE", "DOUBLE_SIDED")),
        ),
    ] = None
    """Compensator Distal Thickness Map (300A,0665): Type 1C, VR OF, VM 1. Required if Compensator Map Orientation (300A,0663) is PATIENT_SIDE or DOUBLE_SIDED. A data stream of triplets of x, y and thickness in mm representing a map of the coordinates in the Beam Modifier Definition Plane and thicknesses from the compensator base plane. The order of triplets is not significant."""

    CompensatorShapeFabricationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x300A0667, "SQ", "1", "2", name="Compensator Shape Fabrication Code Sequence"),
    ]
    """Compensator Shape Fabrication Code Sequence (300A,0667): Type 2, VR SQ, VM 1. The method of fabrication, such as shape of tools to be used, surface modeling technique. Zero or more Items shall be included in this Sequence."""

    RadiationBeamCompensatorMillingToolDiameter: Annotated[
        vr.FD | None,
        Attribute(
            0x300A0669, "FD", "1", "2", name="Radiation Beam Compensator Milling Tool Diameter"
        ),
    ]
    """Radiation Beam Compensator Milling Tool Diameter (300A,0669): Type 2, VR FD, VM 1. The diameter in mm of the milling tool to be used to create the compensator. The diameter is expressed as the actual physical size and not a size projected on the Beam Modifier Definition Plane."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CompensatorDivergence": ("dicomodel.enums.compensator_divergence", "CompensatorDivergence"),
    "CompensatorShapeFabricationCodeSequenceItem": (
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
