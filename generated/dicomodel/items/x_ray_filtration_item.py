"""Item class XRayFiltrationItem.

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
    "XRayFiltrationItem",
]


class XRayFiltrationItem(DicomModel):
    """An item of X-Ray Filter Sequence (0018,9556), as first defined in X-Ray Filter Macro Attributes (C.8.31.8-1)."""

    dicom_name: ClassVar[str] = "X-Ray Filter Sequence"
    dicom_table: ClassVar[str] = "table_C.8.31.8-1"

    FilterType: Annotated[
        _FilterTypeTerm | vr.SH | None, Attribute(0x00181160, "SH", "1", "3", name="Filter Type")
    ] = None
    """Filter Type (0018,1160): Type 3, VR SH, VM 1. Type of filter(s) inserted into the X-Ray beam (e.g., wedges). Defined Terms: STRIP WEDGE BUTTERFLY MULTIPLE FLAT NONE Multiple type of filters can be expressed by a combination, e.g., BUTTERFLY+WEDGE."""

    FilterMaterial: Annotated[
        list[vr.CS] | None, Attribute(0x00187050, "CS", "1-n", "3", name="Filter Material")
    ] = None
    """Filter Material (0018,7050): Type 3, VR CS, VM 1-n. The X-Ray absorbing material used in the filter. May be multi-valued. See Annex P in PS3.16 for Defined Terms."""

    FilterThicknessMinimum: Annotated[
        list[vr.DS] | None, Attribute(0x00187052, "DS", "1-n", "3", name="Filter Thickness Minimum")
    ] = None
    """Filter Thickness Minimum (0018,7052): Type 3, VR DS, VM 1-n. The minimum thickness in mm of the X-Ray absorbing material used in the filters. May be multi-valued, with values corresponding to the respective values in Filter Material (0018,7050)."""

    FilterThicknessMaximum: Annotated[
        list[vr.DS] | None, Attribute(0x00187054, "DS", "1-n", "3", name="Filter Thickness Maximum")
    ] = None
    """Filter Thickness Maximum (0018,7054): Type 3, VR DS, VM 1-n. The maximum thickness in mm of the X-Ray absorbing material used in the filters. May be multi-valued, with values corresponding to the respective values in Filter Material (0018,7050)."""

    FilterBeamPathLengthMinimum: Annotated[
        list[vr.FL] | None,
        Attribute(0x00187056, "FL", "1-n", "3", name="Filter Beam Path Length Minimum"),
    ] = None
    """Filter Beam Path Length Minimum (0018,7056): Type 3, VR FL, VM 1-n. The minimum length (in mm) of the X-Ray beam path in the Filter Material that is not blocked by collimation. May be multi-valued, with values corresponding to the respective values in Filter Material (0018,7050)."""

    FilterBeamPathLengthMaximum: Annotated[
        list[vr.FL] | None,
        Attribute(0x00187058, "FL", "1-n", "3", name="Filter Beam Path Length Maximum"),
    ] = None
    """Filter Beam Path Length Maximum (0018,7058): Type 3, VR FL, VM 1-n. The maximum length (in mm) of the X-Ray beam path in the Filter Material that is not blocked by collimation. May be multi-valued, with values corresponding to the respective values in Filter Material (0018,7050)."""


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
