"""Item class XRayFilterDetailsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.filter_type import FilterTypeTerm as _FilterTypeTerm
else:
    from dicomodel.lazy import Lazy

    _FilterTypeTerm = Lazy("dicomodel.enums.filter_type", "FilterTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.filter_type import FilterTypeTerm as FilterTypeTerm

__all__ = [
    "FilterTypeTerm",
    "XRayFilterDetailsSequenceItem",
]


class XRayFilterDetailsSequenceItem(DicomModel):
    """An item of X-Ray Filter Details Sequence (0018,11BC), as first defined in Performed XA Acquisition Module Attributes (C.34.17-1)."""

    dicom_name: ClassVar[str] = "X-Ray Filter Details Sequence"
    dicom_table: ClassVar[str] = "table_C.34.17-1"

    FilterThicknessMinimum: Annotated[
        list[vr.DS] | None, Attribute(0x00187052, "DS", "1-n", "3", name="Filter Thickness Minimum")
    ] = None
    """Filter Thickness Minimum (0018,7052): Type 3, VR DS, VM 1-n. The minimum thickness in mm of the X-Ray absorbing material used in the filters. May be multi-valued, with values corresponding to the respective values in Filter Material (0018,7050)."""

    FilterThicknessMaximum: Annotated[
        list[vr.DS] | None, Attribute(0x00187054, "DS", "1-n", "3", name="Filter Thickness Maximum")
    ] = None
    """Filter Thickness Maximum (0018,7054): Type 3, VR DS, VM 1-n. The maximum thickness in mm of the X-Ray absorbing material used in the filters. May be multi-valued, with values corresponding to the respective values in Filter Material (0018,7050)."""

    FilterType: Annotated[
        _FilterTypeTerm | vr.SH | None, Attribute(0x00181160, "SH", "1", "3", name="Filter Type")
    ] = None
    """Filter Type (0018,1160): Type 3, VR SH, VM 1. Type of filter(s) inserted into the X-Ray beam (e.g., wedges). Defined Terms: STRIP WEDGE BUTTERFLY MULTIPLE FLAT NONE"""

    FilterMaterial: Annotated[
        list[vr.CS] | None, Attribute(0x00187050, "CS", "1-n", "3", name="Filter Material")
    ] = None
    """Filter Material (0018,7050): Type 3, VR CS, VM 1-n. The X-Ray absorbing material used in the filter. May be multi-valued. See Annex P in PS3.16 for Defined Terms."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FilterTypeTerm": ("dicomodel.enums.filter_type", "FilterTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
