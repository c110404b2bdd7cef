"""TID 3108 Intervention.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3010

__all__ = [
    "TEMPLATE",
    "Intervention",
    "InterventionProcedureSite",
    "InterventionUsesEquipment",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3108",
    name="Intervention",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "122090", "Intervention Action"),
            values=(("cid", "D", "3412"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "363704007", "Procedure site"),
            values=(("cid", "D", "3604"),),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical modifier"),
            values=(("cid", "D", "3019"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121154", "Intervention attempt identifier"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "116682006", "Uses Equipment"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "3411"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "122111", "Primary Intervention Device"),
            condition="IF Device is Primary for this Lesion",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF Device is Primary for this Lesion",
            ),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "D", "3425"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="IMAGE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "B", "7003"),
        ),
        RowDef(key="9", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
    ),
)


@dataclass(kw_only=True)
class Intervention(TemplatePart):
    """TID 3108 Intervention."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid3412Code
    """The value of row 1 (CODE)."""

    procedure_site: InterventionProcedureSite = field(metadata={"row": "2"})
    """Row 2: CODE EV (363704007, SCT, \"Procedure site\"), VM 1, M; values DCID 3604"""

    intervention_attempt_identifier: str = field(metadata={"row": "4"})
    """Row 4: TEXT EV (121154, DCM, \"Intervention attempt identifier\"), VM 1, M"""

    uses_equipment: list[InterventionUsesEquipment] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CODE EV (116682006, SCT, \"Uses Equipment\"), VM 1-n, U; values BCID 3411"""

    cid_3425: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: NUM DCID 3425, VM 1-n, U"""

    cid_7003: Named[Reference] | None = field(default=None, metadata={"row": "8"})
    """Row 8: IMAGE BCID 7003, VM 1, U"""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 3010, VM 1, U"""


@dataclass(kw_only=True)
class InterventionProcedureSite(TemplatePart):
    """Row 2 of TID 3108."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: groups.Cid3604Code
    """The value of row 2 (CODE)."""

    topographical_modifier: groups.Cid3019Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (106233006, SCT, \"Topographical modifier\"), VM 1, U; values DCID 3019"""


@dataclass(kw_only=True)
class InterventionUsesEquipment(TemplatePart):
    """Row 5 of TID 3108."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: groups.Cid3411Code | Code
    """The value of row 5 (CODE)."""

    primary_intervention_device: groups.Cid230Code | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CODE EV (122111, DCM, \"Primary Intervention Device\"), VM 1, MC: IF Device is Primary for this Lesion; values DCID 230"""
