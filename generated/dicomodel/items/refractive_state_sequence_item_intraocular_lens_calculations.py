"""Item class RefractiveStateSequenceItemIntraocularLensCalculations.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.source_of_refractive_measurements_sequence_item import (
        SourceOfRefractiveMeasurementsSequenceItem as _SourceOfRefractiveMeasurementsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SourceOfRefractiveMeasurementsSequenceItem = Lazy(
        "dicomodel.items.source_of_refractive_measurements_sequence_item",
        "SourceOfRefractiveMeasurementsSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SourceOfRefractiveMeasurementsCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.source_of_refractive_measurements_sequence_item import (
        SourceOfRefractiveMeasurementsSequenceItem as SourceOfRefractiveMeasurementsSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ReferencedSOPSequenceItem",
    "RefractiveStateSequenceItemIntraocularLensCalculations",
    "SourceOfRefractiveMeasurementsCodeSequenceItem",
    "SourceOfRefractiveMeasurementsSequenceItem",
]


class RefractiveStateSequenceItemIntraocularLensCalculations(DicomModel):
    """An item of Refractive State Sequence (0022,001B), as first defined in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    dicom_name: ClassVar[str] = "Refractive State Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.16-2"

    SphericalLensPower: Annotated[
        vr.FL, Attribute(0x00220007, "FL", "1", "1", name="Spherical Lens Power")
    ]
    """Spherical Lens Power (0022,0007): Type 1, VR FL, VM 1. Sphere value in diopters."""

    CylinderLensPower: Annotated[
        vr.FL, Attribute(0x00220008, "FL", "1", "1", name="Cylinder Lens Power")
    ]
    """Cylinder Lens Power (0022,0008): Type 1, VR FL, VM 1. Cylinder value in diopters."""

    CylinderAxis: Annotated[vr.FL, Attribute(0x00220009, "FL", "1", "1", name="Cylinder Axis")]
    """Cylinder Axis (0022,0009): Type 1, VR FL, VM 1. Axis value in degrees."""

    VertexDistance: Annotated[
        vr.FD | None, Attribute(0x0022000F, "FD", "1", "3", name="Vertex Distance")
    ] = None
    """Vertex Distance (0022,000F): Type 3, VR FD, VM 1. The distance from the corneal vertex of the eye to the back of the corrective lens, in mm."""

    SourceOfRefractiveMeasurementsSequence: Annotated[
        list[_SourceOfRefractiveMeasurementsSequenceItem],
        Attribute(0x00221134, "SQ", "1", "1", name="Source of Refractive Measurements Sequence"),
    ]
    """Source of Refractive Measurements Sequence (0022,1134): Type 1, VR SQ, VM 1. Refractive measurements source. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "SourceOfRefractiveMeasurementsCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SourceOfRefractiveMeasurementsSequenceItem": (
        "dicomodel.items.source_of_refractive_measurements_sequence_item",
        "SourceOfRefractiveMeasurementsSequenceItem",
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
