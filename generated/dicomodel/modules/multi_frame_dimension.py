"""Multi-frame Dimension Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.dimension_organization_type import (
        DimensionOrganizationTypeTerm as _DimensionOrganizationTypeTerm,
    )
    from dicomodel.items.dimension_index_sequence_item import (
        DimensionIndexSequenceItem as _DimensionIndexSequenceItem,
    )
    from dicomodel.items.dimension_organization_sequence_item import (
        DimensionOrganizationSequenceItem as _DimensionOrganizationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DimensionIndexSequenceItem = Lazy(
        "dicomodel.items.dimension_index_sequence_item", "DimensionIndexSequenceItem"
    )
    _DimensionOrganizationSequenceItem = Lazy(
        "dicomodel.items.dimension_organization_sequence_item", "DimensionOrganizationSequenceItem"
    )
    _DimensionOrganizationTypeTerm = Lazy(
        "dicomodel.enums.dimension_organization_type", "DimensionOrganizationTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.dimension_organization_type import (
        DimensionOrganizationTypeTerm as DimensionOrganizationTypeTerm,
    )
    from dicomodel.items.dimension_index_sequence_item import (
        DimensionIndexSequenceItem as DimensionIndexSequenceItem,
    )
    from dicomodel.items.dimension_organization_sequence_item import (
        DimensionOrganizationSequenceItem as DimensionOrganizationSequenceItem,
    )

__all__ = [
    "DimensionIndexSequenceItem",
    "DimensionOrganizationSequenceItem",
    "DimensionOrganizationTypeTerm",
    "MultiFrameDimensionModule",
]


class MultiFrameDimensionModule(DicomModel):
    """Multi-frame Dimension Module Attributes (PS3.3 Table C.7.6.17-1)."""

    dicom_name: ClassVar[str] = "Multi-frame Dimension"
    dicom_table: ClassVar[str] = "table_C.7.6.17-1"

    DimensionOrganizationSequence: Annotated[
        list[_DimensionOrganizationSequenceItem],
        Attribute(0x00209221, "SQ", "1", "1", name="Dimension Organization Sequence"),
    ]
    """Dimension Organization Sequence (0020,9221): Type 1, VR SQ, VM 1. Sequence that lists the Dimension Organization UIDs referenced by the containing SOP Instance. See Section C.7.6.17.2 for further explanation. One or more Items shall be included in this Sequence."""

    DimensionOrganizationType: Annotated[
        _DimensionOrganizationTypeTerm | vr.CS | None,
        Attribute(0x00209311, "CS", "1", "3", name="Dimension Organization Type"),
    ] = None
    """Dimension Organization Type (0020,9311): Type 3, VR CS, VM 1. Dimension organization of the Instance. Defined Terms: 3D Spatial Multi-frame image of equally spaced parallel planes (3D volume set) 3D_TEMPORAL Temporal loop of equally spaced parallel-plane 3D volume sets."""

    DimensionIndexSequence: Annotated[
        list[_DimensionIndexSequenceItem] | None,
        Attribute(
            0x00209222,
            "SQ",
            "1",
            "1C",
            name="Dimension Index Sequence",
            when=(
                "or",
                ("not", ("present", 0x00209311)),
                ("unknown", "names no attribute: not TILED_FULL"),
            ),
            otherwise="may",
        ),
    ] = None
    """Dimension Index Sequence (0020,9222): Type 1C, VR SQ, VM 1. Required if Dimension Organization Type (0020,9311) is absent or not TILED_FULL. May be present otherwise. Identifies the Sequence containing the indices used to specify the dimension of the multi-frame object. One or more Items shall be included in this Sequence. Required if Dimension Organization Type (0020,9311) is absent or not TILED_FULL."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DimensionIndexSequenceItem": (
        "dicomodel.items.dimension_index_sequence_item",
        "DimensionIndexSequenceItem",
    ),
    "DimensionOrganizationSequenceItem": (
        "dicomodel.items.dimension_organization_sequence_item",
        "DimensionOrganizationSequenceItem",
    ),
    "DimensionOrganizationTypeTerm": (
        "dicomodel.enums.dimension_organization_type",
        "DimensionOrganizationTypeTerm",
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
