"""TID 5222 Pediatric, Fetal and Congenital Cardiac Ultrasound Section.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid5223

__all__ = [
    "TEMPLATE",
    "PediatricFetalAndCongenitalCardiacUltrasoundSection",
    "PediatricFetalAndCongenitalCardiacUltrasoundSectionFindingSite",
    "PediatricFetalAndCongenitalCardiacUltrasoundSectionMeasurementGroup",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5222",
    name="Pediatric, Fetal and Congenital Cardiac Ultrasound Section",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("parameter", "$SectionSubject"),),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "307279007", "Prosthetic replacement of heart valve"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "125007", "Measurement Group"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "399264008", "Image Mode"),
            values=(("cid", "B", "12224"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "125203", "Acquisition Protocol"),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="5223",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("parameter", "$MeasType"),)),
                ("$Method", (("cid", "", "12227"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class PediatricFetalAndCongenitalCardiacUltrasoundSection(TemplatePart):
    """TID 5222 Pediatric, Fetal and Congenital Cardiac Ultrasound Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding_site: PediatricFetalAndCongenitalCardiacUltrasoundSectionFindingSite = field(
        metadata={"row": "2"}
    )
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values $SectionSubject"""

    measurement_group: list[PediatricFetalAndCongenitalCardiacUltrasoundSectionMeasurementGroup] = (
        field(default_factory=no_items, metadata={"row": "4"})
    )
    """Row 4: CONTAINER DT (125007, DCM, \"Measurement Group\"), VM 1-n, M"""


@dataclass(kw_only=True)
class PediatricFetalAndCongenitalCardiacUltrasoundSectionFindingSite(TemplatePart):
    """Row 2 of TID 5222."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: Code
    """The value of row 2 (CODE)."""

    prosthetic_replacement_of_heart_valve: groups.Cid230Code | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CODE EV (307279007, SCT, \"Prosthetic replacement of heart valve\"), VM 1, U; values DCID 230"""


@dataclass(kw_only=True)
class PediatricFetalAndCongenitalCardiacUltrasoundSectionMeasurementGroup(TemplatePart):
    """Row 4 of TID 5222."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    image_mode: groups.Cid12224Code | Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (399264008, SCT, \"Image Mode\"), VM 1, U; values BCID 12224"""

    acquisition_protocol: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT DT (125203, DCM, \"Acquisition Protocol\"), VM 1, U"""

    pediatric_fetal_and_congenital_cardiac_ultrasound_measurement: list[
        tid5223.PediatricFetalAndCongenitalCardiacUltrasoundMeasurement
    ] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: INCLUDE DTID 5223, VM 1-n, M"""
