"""Item class ROIPhysicalPropertiesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.roi_physical_property import (
        ROIPhysicalPropertyTerm as _ROIPhysicalPropertyTerm,
    )
    from dicomodel.items.roi_elemental_composition_sequence_item import (
        ROIElementalCompositionSequenceItem as _ROIElementalCompositionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ROIElementalCompositionSequenceItem = Lazy(
        "dicomodel.items.roi_elemental_composition_sequence_item",
        "ROIElementalCompositionSequenceItem",
    )
    _ROIPhysicalPropertyTerm = Lazy(
        "dicomodel.enums.roi_physical_property", "ROIPhysicalPropertyTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.roi_physical_property import (
        ROIPhysicalPropertyTerm as ROIPhysicalPropertyTerm,
    )
    from dicomodel.items.roi_elemental_composition_sequence_item import (
        ROIElementalCompositionSequenceItem as ROIElementalCompositionSequenceItem,
    )

__all__ = [
    "ROIElementalCompositionSequenceItem",
    "ROIPhysicalPropertiesSequenceItem",
    "ROIPhysicalPropertyTerm",
]


class ROIPhysicalPropertiesSequenceItem(DicomModel):
    """An item of ROI Physical Properties Sequence (3006,00B0), as first defined in RT ROI Observations Module Attributes (C.8-44)."""

    dicom_name: ClassVar[str] = "ROI Physical Properties Sequence"
    dicom_table: ClassVar[str] = "table_C.8-44"

    ROIPhysicalProperty: Annotated[
        _ROIPhysicalPropertyTerm | vr.CS,
        Attribute(0x300600B2, "CS", "1", "1", name="ROI Physical Property"),
    ]
    """ROI Physical Property (3006,00B2): Type 1, VR CS, VM 1. Physical property specified by ROI Physical Property Value (3006,00B4). Defined Terms: REL_MASS_DENSITY mass density relative to water REL_ELEC_DENSITY electron density relative to water EFFECTIVE_Z effective atomic number EFF_Z_PER_A ratio..."""

    ROIElementalCompositionSequence: Annotated[
        list[_ROIElementalCompositionSequenceItem] | None,
        Attribute(
            0x300600B6,
            "SQ",
            "1",
            "1C",
            name="ROI Elemental Composition Sequence",
            when=("value", 0x300600B2, 0, "in", ("ELEM_FRACTION",)),
        ),
    ] = None
    """ROI Elemental Composition Sequence (3006,00B6): Type 1C, VR SQ, VM 1. Required if ROI Physical Property (3006,00B2) equals ELEM_FRACTION. The elemental composition of the ROI and the atomic mass fraction of the elements in the ROI. Required if ROI Physical Property (3006,00B2) equals ELEM_FRACTION. One or more Items shall be included in this Sequence."""

    ROIPhysicalPropertyValue: Annotated[
        vr.DS, Attribute(0x300600B4, "DS", "1", "1", name="ROI Physical Property Value")
    ]
    """ROI Physical Property Value (3006,00B4): Type 1, VR DS, VM 1. User-assigned value for physical property. The value has no meaning when ROI Physical Property (3006,00B2) has the value ELEM_FRACTION. Therefore this Attribute may contain any value and receivers may ignore that value."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ROIElementalCompositionSequenceItem": (
        "dicomodel.items.roi_elemental_composition_sequence_item",
        "ROIElementalCompositionSequenceItem",
    ),
    "ROIPhysicalPropertyTerm": ("dicomodel.enums.roi_physical_property", "ROIPhysicalPropertyTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
