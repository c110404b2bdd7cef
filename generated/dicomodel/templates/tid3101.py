"""TID 3101 Image Acquisition.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3010

__all__ = [
    "TEMPLATE",
    "ImageAcquisition",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3101",
    name="Image Acquisition",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="IMAGE",
            requirement="M",
            concept=Code("DCM", "121138", "Image Acquired"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="UIDREF",
            requirement="M",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "112002", "Series Instance UID"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "121139", "Modality"),
            values=(("cid", "D", "29"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121140", "Number of Frames"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121141", "Image Type"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "112011", "Positioner Primary Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "112012", "Positioner Secondary Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(key="8", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
    ),
)


@dataclass(kw_only=True)
class ImageAcquisition(TemplatePart):
    """TID 3101 Image Acquisition."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Reference
    """The value of row 1 (IMAGE)."""

    series_instance_uid: str = field(metadata={"row": "2"})
    """Row 2: UIDREF EV (112002, DCM, \"Series Instance UID\"), VM 1, M"""

    modality: groups.Cid29Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (121139, DCM, \"Modality\"), VM 1, M; values DCID 29"""

    number_of_frames: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (121140, DCM, \"Number of Frames\"), VM 1, U"""

    image_type: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (121141, DCM, \"Image Type\"), VM 1, U"""

    positioner_primary_angle: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (112011, DCM, \"Positioner Primary Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    positioner_secondary_angle: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (112012, DCM, \"Positioner Secondary Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 3010, VM 1, U"""
