"""TID 3106 Drugs/Contrast Administered.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3010

__all__ = [
    "TEMPLATE",
    "DrugsContrastAdministered",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3106",
    name="Drugs/Contrast Administered",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept_ref=("cid", "D", "3409"),
            values=(("cid", "B", "10"), ("cid", "B", "12")),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121145", "Description of Material"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "410675002", "Route of administration"),
            values=(("cid", "B", "11"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "D", "3410"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="PNAME",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121152", "Person administering drug/contrast"),
        ),
        RowDef(key="6", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
    ),
)


@dataclass(kw_only=True)
class DrugsContrastAdministered(TemplatePart):
    """TID 3106 Drugs/Contrast Administered."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid3409Code
    """The concept name of row 1."""

    value: groups.Cid10Code | groups.Cid12Code | Code
    """The value of row 1 (CODE)."""

    description_of_material: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (121145, DCM, \"Description of Material\"), VM 1, U"""

    route_of_administration: groups.Cid11Code | Code | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CODE EV (410675002, SCT, \"Route of administration\"), VM 1, U; values BCID 11"""

    cid_3410: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: NUM DCID 3410, VM 1-n, U"""

    person_administering_drug_contrast: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: PNAME EV (121152, DCM, \"Person administering drug/contrast\"), VM 1, U"""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 3010, VM 1, U"""
