"""CR Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.body_part_examined import BodyPartExaminedTerm as _BodyPartExaminedTerm
    from dicomodel.enums.view_position import ViewPositionTerm as _ViewPositionTerm
else:
    from dicomodel.lazy import Lazy

    _BodyPartExaminedTerm = Lazy("dicomodel.enums.body_part_examined", "BodyPartExaminedTerm")
    _ViewPositionTerm = Lazy("dicomodel.enums.view_position", "ViewPositionTerm")

if TYPE_CHECKING:
    from dicomodel.enums.body_part_examined import BodyPartExaminedTerm as BodyPartExaminedTerm
    from dicomodel.enums.view_position import ViewPositionTerm as ViewPositionTerm

__all__ = [
    "BodyPartExaminedTerm",
    "CRSeriesModule",
    "ViewPositionTerm",
]


class CRSeriesModule(DicomModel):
    """CR Series Module Attributes (PS3.3 Table C.8-1)."""

    dicom_name: ClassVar[str] = "CR Series"
    dicom_table: ClassVar[str] = "table_C.8-1"

    BodyPartExamined: Annotated[
        _BodyPartExaminedTerm | vr.CS | None,
        Attribute(0x00180015, "CS", "1", "2", name="Body Part Examined"),
    ]
    """Body Part Examined (0018,0015): Type 2, VR CS, VM 1. Text description of the part of the body examined. See Annex L in PS3.16 for Defined Terms."""

    ViewPosition: Annotated[
        _ViewPositionTerm | vr.CS | None,
        Attribute(0x00185101, "CS", "1", "2", name="View Position"),
    ]
    """View Position (0018,5101): Type 2, VR CS, VM 1. Radiographic view associated with Patient Position (0018,5100). For humans: Defined Terms: AP Anterior/Posterior PA Posterior/Anterior LL Left Lateral RL Right Lateral RLD Right Lateral Decubitus LLD Left Lateral Decubitus RLO Right Lateral..."""

    FilterType: Annotated[
        vr.SH | None, Attribute(0x00181160, "SH", "1", "3", name="Filter Type")
    ] = None
    """Filter Type (0018,1160): Type 3, VR SH, VM 1. Label for the type of filter inserted into the X-Ray beam."""

    CollimatorGridName: Annotated[
        vr.SH | None, Attribute(0x00181180, "SH", "1", "3", name="Collimator/grid Name")
    ] = None
    """Collimator/grid Name (0018,1180): Type 3, VR SH, VM 1. Label describing any grid inserted."""

    FocalSpots: Annotated[
        list[vr.DS] | None, Attribute(0x00181190, "DS", "1-n", "3", name="Focal Spot(s)")
    ] = None
    """Focal Spot(s) (0018,1190): Type 3, VR DS, VM 1-n. Size of the focal spot in mm. For devices with variable focal spot or multiple focal spots, small dimension followed by large dimension."""

    PlateType: Annotated[vr.SH | None, Attribute(0x00181260, "SH", "1", "3", name="Plate Type")] = (
        None
    )
    """Plate Type (0018,1260): Type 3, VR SH, VM 1. Label of the type of storage phosphor plates used in this Series."""

    PhosphorType: Annotated[
        vr.LO | None, Attribute(0x00181261, "LO", "1", "3", name="Phosphor Type")
    ] = None
    """Phosphor Type (0018,1261): Type 3, VR LO, VM 1. Label of type of phosphor on the plates."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BodyPartExaminedTerm": ("dicomodel.enums.body_part_examined", "BodyPartExaminedTerm"),
    "ViewPositionTerm": ("dicomodel.enums.view_position", "ViewPositionTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
